// Checks: Vec::truncate, clear, pop and remove drop the elements they discard, in order.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut v: Vec<Noisy> = (1..=6).map(|i| Noisy(i)).collect();
    println!("len {}", v.len());
    v.truncate(4);
    println!("truncated to {}", v.len());
    let last = v.pop();
    println!("popped {}", last.as_ref().map(|n| n.0).unwrap_or(0));
    let removed = v.remove(0);
    println!("removed {}", removed.0);
    v.clear();
    println!("cleared, len {}", v.len());
    drop(last);
    println!("end");
}
