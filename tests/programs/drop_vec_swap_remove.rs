// Checks: swap_remove and remove hand the element back (dropped by the receiver); truncate drops the tail in order.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut v: Vec<Noisy> = Vec::new();
    for i in 1..=6 {
        v.push(Noisy(i));
    }
    v.swap_remove(0);
    println!("after swap_remove: first is {}", v[0].0);
    let kept = v.remove(1);
    println!("removed {}", kept.0);
    v.insert(0, Noisy(9));
    v.truncate(2);
    println!("len {}", v.len());
    println!("end of main");
}
