// Rejects: tokens left over after the longest arm matched.
macro_rules! two {
    ($a:expr) => { $a };
    ($a:expr, $b:expr) => { $a + $b };
}
fn main() {
    let x = two!(1, 2, 3);
    println!("{}", x);
}
