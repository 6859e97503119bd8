// Checks: assigning to an initialised variable drops the old value first; assigning to a moved-out one does not.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut a = Noisy(1);
    println!("a = {}", a.0);
    a = Noisy(2);
    println!("a = {}", a.0);
    let b = a;
    a = Noisy(3);
    println!("a = {}, b = {}", a.0, b.0);
    for i in 10..12 {
        a = Noisy(i);
        println!("loop a = {}", a.0);
    }
    println!("end");
}
