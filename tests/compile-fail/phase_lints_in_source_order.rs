// Rejects: with no other error, rustc's late lints in source order: the shared reference to a
// `static mut` in the first function before the out-of-range literal in the second.
static mut TOTAL: [i32; 2] = [1, 2];

fn total() -> usize {
    unsafe { TOTAL.len() }
}

fn small() -> i8 {
    let x: i8 = 200;
    x
}

fn main() {
    println!("{} {}", total(), small());
}
