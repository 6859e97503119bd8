// A local variable shadows a block's item (and a name a block imports) of the same name from its `let` on.
fn main() {
    fn f() -> i32 { 1 }
    let g = f();
    let f = 5;
    println!("{} {}", f, g);
    use std::cmp::max;
    let r = max(1, 2);
    let max = 10;
    println!("{} {}", r, max);
    static STEP: i32 = 3;
    let mut n = 0;
    n += STEP;
    let r = &STEP;
    println!("{} {}", n, *r + STEP);
}
