// Rejects: two impls of one trait for one type (E0119), the first with a method whose
// signature differs from the trait's (E0053): rustc checks coherence first and then says
// nothing of the overlapping impls' members.
trait Show {
    fn show(&self) -> String;
}

impl Show for i32 {
    fn show(&self) -> u32 {
        *self as u32
    }
}

impl Show for i32 {
    fn show(&self) -> String {
        format!("{}", self)
    }
}

fn main() {
    println!("{}", 5.show());
}
