// Rejects (E0425): a local a macro declares is the macro's own (hygiene), not the caller's.
macro_rules! make {
    () => { let hidden = 5; };
}
fn main() {
    make!();
    println!("{}", hidden);
}
