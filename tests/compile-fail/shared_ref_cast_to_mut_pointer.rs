fn main() {
    let x = 5i32;
    let p = &x as *mut i32;
    let _ = p;
}
