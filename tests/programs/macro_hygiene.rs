// Hygiene: a macro's own locals are not the caller's.
macro_rules! using_a {
    ($e:expr) => {{
        let a = 42;
        $e
    }};
}
macro_rules! swap_add {
    ($x:ident, $y:ident) => {
        let tmp = $x;
        $x = $y;
        $y = tmp + 1;
    };
}
macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}
macro_rules! sum_pairs {
    ($(($a:expr, $b:expr)),*) => {{
        let mut total = 0;
        $( total += $a * $b; )*
        total
    }};
}
macro_rules! matrix {
    ($([$($x:expr),*]),*) => {
        vec![$(vec![$($x),*]),*]
    };
}
fn main() {
    let a = 1;
    let four = using_a!(a * 4);
    println!("{}", four);
    let tmp = 100;
    let mut p = 1;
    let mut q = 2;
    swap_add!(p, q);
    println!("{} {} {}", p, q, tmp);
    println!("{}", count!(a b c d e));
    let total = 7;
    println!("{}", sum_pairs!((1, 2), (3, total)));
    let m = matrix!([1, 2, 3], [4, 5, 6]);
    println!("{:?}", m);
    let closure = |total: i32| using_a!(total + 1);
    println!("{}", closure(5));
}
