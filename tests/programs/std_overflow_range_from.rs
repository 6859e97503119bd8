// `RangeFrom::next` past the type's MAX overflows in std's `Step::forward` (range.rs).
fn main() {
    let mut r = 253u8..;
    println!("{:?} {:?}", r.next(), r.next());
    let taken: Vec<i8> = (120i8..).take(8).collect();
    println!("{:?}", taken);
}
