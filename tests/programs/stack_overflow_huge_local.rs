// A local array larger than the whole stack: main's frame cannot be placed, so the program
// overflows its stack before printing anything.
fn main() {
    let buffer = [7u8; 10_000_000];
    println!("{}", buffer[9_999_999]);
}
