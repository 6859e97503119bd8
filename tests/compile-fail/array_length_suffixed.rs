// Rejects: an array type's length written as a literal of another type than usize
// (rustc's "the constant `2` is not of type `usize`"; fuzz seed 71).
fn main() {
    let grid: [Vec<u8>; 2u8] = Default::default();
    println!("{}", grid.len());
}
