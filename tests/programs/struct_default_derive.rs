// Checks: derive(Default) and a manual Default impl, combined with struct update syntax.
#[derive(Debug, Default)]
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
    ratio: f64,
    tags: Vec<String>,
    limit: Option<i64>,
}

#[derive(Debug)]
struct Window {
    w: u32,
    h: u32,
}

impl Default for Window {
    fn default() -> Self {
        Window { w: 800, h: 600 }
    }
}

fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let c2 = Config { retries: 5, name: "x".to_string(), ..Default::default() };
    println!("{:?}", c2);
    let w: Window = Default::default();
    println!("{:?}", w);
    let w2 = Window { h: 1024, ..Window::default() };
    println!("{} x {}", w2.w, w2.h);
    let n: i32 = Default::default();
    let s: String = Default::default();
    let t: (u8, bool, char) = Default::default();
    println!("{} {:?} {:?}", n, s, t);
}
