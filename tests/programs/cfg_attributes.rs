// #[cfg] on items, statements, fields, variants, match arms and struct literal fields, and
// cfg! in expressions, evaluated for x86_64 Linux in a debug build.
#[derive(Debug)]
struct Config {
    name: &'static str,
    #[cfg(target_os = "linux")]
    linux_only: u32,
    #[cfg(windows)]
    windows_only: u64,
}

#[derive(Debug)]
enum Platform {
    #[cfg(unix)]
    Unix(u8),
    #[cfg(not(unix))]
    Other,
    Any,
}

#[cfg(all(unix, target_pointer_width = "64"))]
fn word_bits() -> u32 {
    64
}

#[cfg(not(all(unix, target_pointer_width = "64")))]
fn word_bits() -> u32 {
    32
}

#[cfg(feature = "fancy")]
fn greet() -> String {
    undefined_function()
}

#[cfg(not(feature = "fancy"))]
fn greet() -> String {
    String::from("plain")
}

fn describe(p: &Platform) -> &'static str {
    match p {
        #[cfg(unix)]
        Platform::Unix(_) => "unix",
        #[cfg(not(unix))]
        Platform::Other => "other",
        Platform::Any => "any",
    }
}

fn main() {
    let c = Config {
        name: "demo",
        #[cfg(target_os = "linux")]
        linux_only: 7,
        #[cfg(windows)]
        windows_only: 9,
    };
    println!("{:?} size {}", c, std::mem::size_of::<Config>());
    let p = Platform::Unix(3);
    println!("{:?} {} {}", p, describe(&p), describe(&Platform::Any));
    println!("bits {}", word_bits());
    println!("{}", greet());

    #[cfg(debug_assertions)]
    let mode = "debug";
    #[cfg(not(debug_assertions))]
    let mode = "release";
    println!("mode {}", mode);

    #[cfg(test)]
    println!("never printed");

    let mut v = vec![1];
    #[cfg(any(windows, target_os = "macos"))]
    v.push(2);
    #[cfg(any(windows, unix))]
    v.push(3);
    println!("{:?}", v);

    if cfg!(debug_assertions) {
        println!("debug assertions on");
    }
    let flags = [cfg!(unix), cfg!(windows), cfg!(test), cfg!(target_os = "linux"), cfg!(any()), cfg!(all())];
    println!("{:?}", flags);
    let width = if cfg!(target_pointer_width = "64") { 8 } else { 4 };
    println!("width {}", width);
}
