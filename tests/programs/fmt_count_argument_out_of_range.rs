// Checks: a width or precision taken from an argument must fit in u16: a larger one panics where
// the arguments are made (at the macro's call), before any piece of that line is written.
fn main() {
    let w = 6;
    println!("[{:>w$}] [{:.*}]", 42, 2, 3.14159);
    let big = 65_536;
    print!("before ");
    println!("[{:>2$}] [{:.p$}]", 7, 1.5, 3, p = big);
}
