// Checks: the move checker accepts deferred initialisation in both branches, as rustc does.
fn main() {
    let x;
    let c = 3;
    if c > 2 {
        x = 1;
    } else {
        x = 2;
    }
    println!("{}", x);
}
