use std::thread;

// A thread's stack has a fixed size: this one gets
// 64 KiB (the book model gives every thread 2^20
// cells). Each call of `count_down` needs a frame
// of 300 numbers, until one does not fit.
fn count_down(n: u64) -> u64 {
    let frame = [n; 300];
    if n == 0 { 0 } else { frame[0] + count_down(n - 1) }
}

fn main() {
    let handle = thread::Builder::new()
        .name("small".to_string())
        .stack_size(64 * 1024)
        .spawn(|| count_down(100_000))
        .unwrap();
    let result = handle.join();
    println!("never printed: {}", result.is_ok());
}
