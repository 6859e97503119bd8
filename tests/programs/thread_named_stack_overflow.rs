use std::thread;

fn depth(n: u64) -> u64 {
    let pad = [n; 64];
    if n == 0 { 0 } else { pad[(n % 64) as usize] + depth(n - 1) }
}

fn main() {
    println!("shallow: {}", depth(10));
    let h = thread::Builder::new()
        .name("small".to_string())
        .stack_size(64 * 1024)
        .spawn(|| depth(1_000_000))
        .unwrap();
    let r = h.join();
    println!("never printed: {}", r.is_ok());
}
