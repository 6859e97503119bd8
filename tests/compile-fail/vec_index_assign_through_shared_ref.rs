// Rejects: an element of a Vec written through a `&Vec` (E0596: `IndexMut` borrows `*rv`).
fn main() {
    let mut v = vec![(1, 2), (3, 4)];
    let rv = &v;
    rv[0].0 = 4;
    println!("{:?}", v);
}
