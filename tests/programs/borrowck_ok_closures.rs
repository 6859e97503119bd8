// Checks: closures borrowing variables, which are usable again after the closures' last call.
fn main() {
    let mut x = 1;
    let show = || println!("x = {}", x);
    show();
    x += 1;
    let mut count = 0;
    let mut inc = || count += x;
    inc();
    inc();
    println!("{} {}", count, x);
}
