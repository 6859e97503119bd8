// Checks: std::process::exit with a nonzero code stops immediately, skips Drop, and flushes earlier println output.
use std::process;

struct Loud;
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop Loud (should not print)");
    }
}

fn validate(n: i32) -> i32 {
    if n > 3 {
        eprintln!("error: {} is too large", n);
        process::exit(3);
    }
    n * 2
}

fn main() {
    let _l = Loud;
    for i in 0..10 {
        println!("validated {}", validate(i));
    }
}
