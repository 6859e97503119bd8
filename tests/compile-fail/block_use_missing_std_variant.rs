// A `use` inside a block that names a variant std's enum does not have is E0432, used or not.
fn main() {
    println!("{:?}", 1.cmp(&2));
    use std::cmp::Ordering::Lesss;
}
