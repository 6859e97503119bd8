// Checks: const items, static items, static mut with unsafe, const expressions and const fn.
const MAX_POINTS: u32 = 100_000;
const THREE_HOURS_IN_SECONDS: u32 = 60 * 60 * 3;
static GREETING: &str = "Hello, static";
static mut COUNTER: u32 = 0;
const PRIMES: [u32; 5] = [2, 3, 5, 7, 11];

const fn square(x: u32) -> u32 {
    x * x
}
const SQ: u32 = square(12);

fn add_to_count(inc: u32) {
    unsafe {
        COUNTER += inc;
    }
}

fn main() {
    println!("{} {}", MAX_POINTS, THREE_HOURS_IN_SECONDS);
    println!("{}", GREETING);
    add_to_count(3);
    add_to_count(4);
    let c = unsafe { COUNTER };
    println!("COUNTER: {}", c);
    println!("{:?} {}", PRIMES, PRIMES.len());
    println!("{}", SQ);
    const LOCAL: i64 = -5;
    println!("{}", LOCAL * 2);
    let arr = [0u8; PRIMES.len()];
    println!("{:?}", arr);
}
