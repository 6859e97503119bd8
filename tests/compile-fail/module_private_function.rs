// A function without `pub` is private to its module: E0603 from outside.
mod kitchen {
    pub fn serve() -> &'static str {
        cook()
    }

    fn cook() -> &'static str {
        "soup"
    }
}

fn main() {
    println!("{}", kitchen::serve());
    println!("{}", kitchen::cook());
}
