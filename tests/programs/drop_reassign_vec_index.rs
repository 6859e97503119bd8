// Checks: `v[i] = x` drops the element it replaces; `*r = x` through a &mut drops the old value.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn reset(target: &mut Noisy, value: u32) {
    *target = Noisy(value);
    println!("reset to {}", value);
}

fn main() {
    let mut v = vec![Noisy(1), Noisy(2), Noisy(3)];
    v[1] = Noisy(20);
    println!("replaced index 1");
    reset(&mut v[0], 10);
    let mut arr = [Noisy(7), Noisy(8)];
    arr[0] = Noisy(70);
    println!("arr = [{}, {}]", arr[0].0, arr[1].0);
    println!("end of main");
}
