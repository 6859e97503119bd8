// A module without `pub` is private to its parent: E0603 when reached from outside it.
mod outer {
    mod inner {
        pub fn hello() -> &'static str {
            "hi"
        }
    }

    pub fn greet() -> &'static str {
        inner::hello()
    }
}

fn main() {
    println!("{}", outer::greet());
    println!("{}", outer::inner::hello());
}
