// Rejects: a macro_rules! macro is only in scope after its definition.
fn main() {
    let x = later!();
    macro_rules! later { () => { 1 }; }
    println!("{}", x);
}
