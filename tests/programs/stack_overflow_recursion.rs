// A recursion with no base case: each call pushes a frame until one does not fit in main's
// 8 MiB stack, and the process aborts (SIGABRT: a shell reports 134) without unwinding.
struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn count_down(n: u64, total: u64) -> u64 {
    let step = n % 7;
    total + step + count_down(n + 1, total + 1)
}

fn main() {
    let _guard = Noisy(1);
    println!("before the recursion");
    let sum = count_down(0, 0);
    println!("never printed: {sum}");
}
