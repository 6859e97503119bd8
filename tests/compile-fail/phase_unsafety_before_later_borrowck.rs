// Rejects: rustc checks each body's unsafety (E0133) just before borrow-checking it, body by
// body: the borrow error (E0596) of the first function comes before the unsafe call in the
// second.
unsafe fn touch() {}

fn grow() -> String {
    let s = String::new();
    s.push('x');
    s
}

fn poke() {
    touch();
}

fn main() {
    poke();
    println!("{}", grow());
}
