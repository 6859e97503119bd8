// A smart pointer with Deref but no DerefMut cannot be written through: E0596.
use std::ops::Deref;

struct Wrapper(Vec<i32>);

impl Deref for Wrapper {
    type Target = Vec<i32>;
    fn deref(&self) -> &Vec<i32> {
        &self.0
    }
}

fn main() {
    let mut w = Wrapper(vec![1]);
    w.push(2);
    println!("{}", w.len());
}
