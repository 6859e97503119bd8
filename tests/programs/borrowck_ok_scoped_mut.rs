// Checks: a mutable borrow in an inner block, then the owner used again.
fn main() {
    let mut s = String::new();
    {
        let r = &mut s;
        r.push('a');
    }
    s.push('b');
    let r = &mut s;
    r.push('c');
    let t = &s;
    println!("{}", t);
}
