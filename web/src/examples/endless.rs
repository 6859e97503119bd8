// This loop never ends. The step budget stops it (or press Stop).
fn main() {
    let mut x = 0;
    loop {
        x += 1;
    }
}
