// Checks: divisions rustc's unconditional_panic lint must not flag: behind a known-false
// condition, through a borrowed local, through a local assigned in two branches.
fn pick(x: i32) -> i32 {
    let mut k = 0;
    if x > 0 {
        k = 2;
    }
    k
}

fn main() {
    let z: u8 = 0;
    if z != 0 && 100 / z > 1 {
        println!("not reached");
    }
    let w = 0;
    if w == 0 {
        println!("zero");
    } else {
        println!("{}", 5 / w);
    }
    let d = 4u32;
    let r = &d;
    println!("{} {}", 12 / d, r);
    let mut m = 3;
    m += 1;
    println!("{}", 100 % m);
    println!("{}", 10 / pick(1));
    let big: u8 = 250;
    println!("{}", big.wrapping_add(10));
}
