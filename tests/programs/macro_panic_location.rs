// A panic in code a macro made is located at the macro's call; one in a fragment the caller
// wrote, where the caller wrote it.
macro_rules! checked_div {
    ($a:expr, $b:expr) => {
        $a / $b
    };
}
macro_rules! get {
    ($v:expr, $i:expr) => {
        $v[$i]
    };
}
fn main() {
    let v = vec![1, 2, 3];
    println!("{}", get!(v, 1));
    let zero = v.len() - 3;
    println!("{}", checked_div!(10, zero + 1));
    println!("{}", checked_div!(10, zero));
}
