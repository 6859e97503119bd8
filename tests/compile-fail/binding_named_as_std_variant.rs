// Rejects: `Less` in a pattern without `use std::cmp::Ordering::*` binds the value, named as
// one of `Ordering`'s variants (E0170), also behind a reference.
fn main() {
    let a = 3;
    let order = a.cmp(&4);
    match &order {
        Less => println!("less"),
    }
}
