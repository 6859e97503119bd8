// A Box moved to another owner, then dereferenced through the old one.
fn main() {
    let b = Box::new(41);
    let c = b;
    println!("{}", *c + 1);
    println!("{}", *b); // UB: use after move
}
