// Rejects: two simultaneous mutable borrows of the same String (E0499).
fn main() {
    let mut s = String::from("hello");
    let r1 = &mut s;
    let r2 = &mut s;
    r1.push('a');
    r2.push('b');
}
