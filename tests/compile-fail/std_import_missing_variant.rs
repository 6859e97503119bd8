use std::cmp::Ordering::Lesss;

fn main() {
    println!("{:?}", 1.cmp(&2));
}
