// Checks: mem::replace, mem::take and mem::swap move values without dropping them early; drop order afterwards.
use std::mem;

#[derive(Default)]
struct Noisy(String);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop '{}'", self.0);
    }
}

fn main() {
    let mut a = Noisy(String::from("a"));
    let old = mem::replace(&mut a, Noisy(String::from("a2")));
    println!("replaced, old = {}", old.0);
    let taken = mem::take(&mut a);
    println!("taken = {}, left = '{}'", taken.0, a.0);
    let mut x = Noisy(String::from("x"));
    let mut y = Noisy(String::from("y"));
    mem::swap(&mut x, &mut y);
    println!("x = {}, y = {}", x.0, y.0);
    drop(old);
    println!("end");
}
