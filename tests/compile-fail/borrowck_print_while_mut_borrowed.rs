// Rejects: printing a value while a mutable borrow of it is still used (E0502).
fn main() {
    let mut count = 0;
    let r = &mut count;
    println!("{}", count);
    *r += 1;
}
