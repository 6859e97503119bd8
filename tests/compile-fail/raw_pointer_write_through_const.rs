fn main() {
    let mut x = 5;
    let p = &raw const x;
    unsafe {
        *p = 6;
    }
    println!("{}", x);
}
