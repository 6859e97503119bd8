// A reference to a Box's contents, used after the Box was dropped.
fn main() {
    let b = Box::new(5);
    let r = &*b;
    drop(b);
    println!("{}", r); // UB: use after free
}
