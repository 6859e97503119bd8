// An overloaded index (a Vec's) written by a macro around the caller's fragments panics at the
// macro's call: the brackets are the macro's tokens (fuzz seed 72 #0).
macro_rules! get {
    ($v:expr, $i:expr) => {
        $v[$i]
    };
}
macro_rules! part {
    ($v:expr, $a:expr, $b:expr) => {
        &$v[$a..$b]
    };
}
fn main() {
    let v = vec![10, 20, 30];
    println!("{}", get!(v, 1));
    println!("{:?}", part!(v, 1, 3));
    let far = v.len() * 1_000;
    println!("{}", get!(v, far));
}
