// Checks: constant promotion: `&CONSTANT_EXPRESSION` borrows a 'static value, so functions can
// return it and it outlives the statement and the frame that wrote it.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

const ORIGIN: Point = Point { x: 0, y: 0 };
const PRIMES: [u32; 4] = [2, 3, 5, 7];

fn five() -> &'static i32 {
    &5
}

fn digits() -> &'static [u8] {
    &[1, 2, 3]
}

fn origin() -> &'static Point {
    &ORIGIN
}

fn unit_point() -> &'static Point {
    &Point { x: 1, y: -1 }
}

fn pick(big: bool) -> &'static u64 {
    if big { &(1 << 40) } else { &(3 * 7) }
}

fn empty() -> &'static [String] {
    &[]
}

fn main() {
    let a = five();
    let b = five();
    println!("{} {} {}", a, b, *a + *b);
    println!("{:?} {}", digits(), digits().len());
    println!("{:?} {:?}", origin(), unit_point());
    println!("{} {}", pick(true), pick(false));
    let primes: &'static [u32; 4] = &PRIMES;
    println!("{:?} {}", primes, primes.iter().sum::<u32>());
    println!("{} {:?}", empty().len(), empty());
    let tuple: &'static (bool, char) = &(true, 'x');
    println!("{:?}", tuple);
    let neg = &-8i8;
    println!("{}", neg.abs());
}
