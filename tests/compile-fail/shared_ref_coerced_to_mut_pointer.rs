fn main() {
    let x = 5i32;
    let p: *mut i32 = &x;
    let _ = p;
}
