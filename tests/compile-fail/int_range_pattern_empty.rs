// Rejects: an exclusive range pattern that matches nothing, `-1..-5` (E0579).
fn main() {
    let n = -3;
    match n {
        -1..-5 => println!("between"),
        _ => println!("elsewhere"),
    }
}
