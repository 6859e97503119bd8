// Rejects: adding an Option<i32> to an i32 (E0277).
fn main() {
    let a: Option<i32> = Some(1);
    let b: i32 = 2;
    println!("{:?}", b + a);
}
