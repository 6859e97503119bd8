// Rejects: a mutable borrow of an immutable binding (E0596) in a later function than an
// out-of-range literal and a shared reference to a `static mut`: rustc's late lints
// (overflowing_literals, static_mut_refs) run only once no other phase found an error.
static mut NAMES: [&str; 2] = ["a", "b"];

fn count() -> u8 {
    let big: u8 = 300;
    big
}

fn names() -> usize {
    unsafe { NAMES.len() }
}

fn main() {
    let s = String::new();
    s.push('a');
    println!("{} {} {}", count(), names(), s);
}
