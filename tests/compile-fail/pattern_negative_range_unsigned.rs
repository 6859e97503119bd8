// A range pattern with a negative bound on an unsigned type.
fn main() {
    let n = usize::MAX;
    match n {
        -1..-5 => println!("between"),
        _ => println!("other"),
    }
}
