// A private struct cannot be named outside its module: E0603.
mod shapes {
    struct Secret {
        pub n: i32,
    }

    pub fn make() -> i32 {
        Secret { n: 4 }.n
    }
}

fn main() {
    let s = shapes::Secret { n: 1 };
    println!("{} {}", s.n, shapes::make());
}
