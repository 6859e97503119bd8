// Arrays and vec! of zero-sized values, with and without Drop: nothing to write, but each
// element is dropped once (fuzz seed 53: `vec![Point, Point]` was an internal error).
struct Point;

struct Noisy(u8);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop Noisy");
    }
}

struct Unit;

impl Drop for Unit {
    fn drop(&mut self) {
        println!("drop Unit");
    }
}

fn main() {
    let v = vec![Point, Point];
    println!("{}", v.len());
    let a = [Unit, Unit, Unit];
    println!("{}", a.len());
    let w = vec![Unit, Unit];
    println!("{} {}", w.len(), std::mem::size_of_val(&w[0]));
    let n = [Noisy(1)];
    println!("{}", n.len());
}
