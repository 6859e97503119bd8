// A temporary larger than the whole stack: the array is built in main's frame before it moves
// into the box, so the binary overflows its stack before printing anything.
fn main() {
    let boxed = Box::new([7u8; 2147483647]);
    println!("{}", boxed[3]);
}
