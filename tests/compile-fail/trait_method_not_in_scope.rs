// Rejects: a method of a trait implemented in another module and not imported here (E0599);
// importing the struct does not bring its trait's methods.
mod shapes {
    pub trait Area {
        fn area(&self) -> u32;
    }

    pub struct Square(pub u32);

    impl Area for Square {
        fn area(&self) -> u32 {
            self.0 * self.0
        }
    }
}

use shapes::Square;

fn main() {
    let s = Square(3);
    println!("{}", s.area());
}
