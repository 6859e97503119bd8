// Checks: mem::swap exchanges two values and drops neither; each drops later with the variable that holds it.
use std::mem;

struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut first = Noisy("one");
    let mut second = Noisy("two");
    mem::swap(&mut first, &mut second);
    println!("first = {}, second = {}", first.0, second.0);
    let mut left = vec![Noisy("l0")];
    let mut right = vec![Noisy("r0"), Noisy("r1")];
    mem::swap(&mut left, &mut right);
    println!("left has {}, right has {}", left.len(), right.len());
    drop(left);
    println!("left dropped");
}
