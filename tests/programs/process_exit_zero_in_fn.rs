// Checks: process::exit(0) called from a nested function ends the program successfully without running later code.
fn finish(total: u32) -> ! {
    println!("finishing with total {}", total);
    std::process::exit(0)
}

fn main() {
    let mut total = 0;
    for i in 1.. {
        total += i;
        if total > 20 {
            finish(total);
        }
        println!("i={} total={}", i, total);
    }
}
