// A negative literal in a pattern on an unsigned type: the literal's type must implement `Neg`.
fn main() {
    let n = 5usize;
    match n {
        -1 => println!("negative"),
        _ => println!("other"),
    }
}
