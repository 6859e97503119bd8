// Rejects: two meta-variables repeated together with different counts.
macro_rules! zip {
    ($($a:ident),* ; $($b:ident),*) => { ($(($a, $b)),*) };
}
fn main() {
    let (p, q, r) = (1, 2, 3);
    let t = zip!(p, q ; r);
    println!("{:?}", t);
}
