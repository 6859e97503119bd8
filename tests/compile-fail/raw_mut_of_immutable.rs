fn main() {
    let x = 5;
    let p = &raw mut x;
    unsafe {
        *p = 6;
    }
}
