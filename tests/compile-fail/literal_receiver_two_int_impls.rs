// Two integer impls of the program's trait: the literal's type stays open, falls back to `i32`,
// which has none.
trait Show {
    fn show(self);
}

impl Show for u8 {
    fn show(self) {
        println!("u8 {}", self);
    }
}

impl Show for i64 {
    fn show(self) {
        println!("i64 {}", self);
    }
}

fn main() {
    5.show();
}
