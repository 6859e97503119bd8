// Rejects: writing through a reference while a reborrow of it is used (E0506).
fn main() {
    let mut x = 1;
    let r = &mut x;
    let s = &*r;
    *r = 3;
    println!("{}", s);
}
