// Rejects: a name in scope nowhere (E0425) after a type error in the same function (E0308):
// rustc resolves every name of the crate before it type-checks any body.
fn main() {
    let x = 5i32;
    let p: *mut i32 = &x;
    let _ = p;
    println!("{}", total);
}
