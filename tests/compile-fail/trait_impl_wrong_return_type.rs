// Rejects: an impl method returning another type than the trait's (E0053).
trait Area {
    fn area(&self) -> f64;
}

struct Sq(f64);

impl Area for Sq {
    fn area(&self) -> i32 {
        1
    }
}

fn main() {
    println!("{}", Sq(1.0).area());
}
