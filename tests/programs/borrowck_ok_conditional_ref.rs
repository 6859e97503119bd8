// Checks: a reference chosen by a condition, then both values mutated after its last use.
fn main() {
    let mut a = 1;
    let mut b = 2;
    let r = if a > b { &a } else { &b };
    println!("{}", r);
    a += 10;
    b += 10;
    println!("{} {}", a, b);
}
