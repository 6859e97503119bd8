// Checks: struct update syntax moves the base's remaining fields; the base's overridden fields drop with it.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Config {
    name: Noisy,
    path: Noisy,
    mode: u32,
}

fn main() {
    let base = Config { name: Noisy("base name"), path: Noisy("base path"), mode: 1 };
    let custom = Config { name: Noisy("custom name"), ..base };
    println!("custom: {} {} {}", custom.name.0, custom.path.0, custom.mode);
    println!("end of main");
}
