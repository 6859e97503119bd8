fn main() {
    let mut x = 1;
    let p = &raw mut x;
    unsafe {
        *p = 2;
    }
    p.write(3);
    println!("{}", x);
}
