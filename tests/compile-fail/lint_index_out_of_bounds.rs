// Checks: rustc's unconditional_panic lint on an array index known out of bounds.
fn main() {
    let a = [1, 2, 3];
    let i = 5;
    println!("{}", a[i]);
}
