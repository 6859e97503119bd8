// Checks: the move checker accepts a conditional move, then no use, as rustc does.
fn main() {
    let b = Box::new(5);
    let c = 1;
    if c > 0 {
        drop(b);
    }
    println!("done");
}
