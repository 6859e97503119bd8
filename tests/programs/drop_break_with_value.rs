// Checks: `break value` moves the value out of the loop; the loop's other locals drop, the value lives on.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut n = 0;
    let found = loop {
        n += 1;
        let candidate = Noisy(n);
        let _scratch = Noisy(100 + n);
        if n == 2 {
            break candidate;
        }
        println!("rejecting {}", candidate.0);
    };
    println!("found {}", found.0);
}
