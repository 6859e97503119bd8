fn main() {
    let x = 5i32;
    let p: *const i32 = &x;
    println!("{}", *p);
}
