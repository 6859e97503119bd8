// Checks: assert!(cond, "custom {}", v) failing prints the formatted custom message (exit 101).
fn main() {
    let limit = 100;
    let mut v: u32 = 1;
    while v < 1000 {
        println!("v = {}", v);
        assert!(v < limit, "v grew too big: {} >= {}", v, limit);
        v *= 3;
    }
    println!("not reached");
}
