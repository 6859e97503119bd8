// A binding initialised on one path only.
fn main() {
    let x: i32;
    let c = "abc".len() > 5;
    if c {
        x = 1;
    }
    println!("{}", x); // UB: uninitialized
}
