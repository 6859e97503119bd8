// Checks: Vec::retain drops the rejected elements as it visits them, in order.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut v: Vec<Noisy> = (1..=6).map(|i| Noisy(i)).collect();
    v.retain(|n| n.0 % 3 != 0);
    println!("kept {}", v.len());
    v.retain(|n| n.0 > 4);
    println!("kept {}", v.len());
    println!("end of main");
}
