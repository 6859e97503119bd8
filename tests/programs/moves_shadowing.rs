// Checks: the move checker accepts shadowing a moved binding, as rustc does.
fn main() {
    let b = Box::new(1);
    let c = b;
    let b = Box::new(2);
    println!("{} {}", b, c);
}
