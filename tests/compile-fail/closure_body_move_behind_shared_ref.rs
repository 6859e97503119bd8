// Rejects: a closure's body moves out of a captured reference (E0507).
fn main() {
    let v = vec![1];
    let r = &v;
    let f = || {
        let s = *r;
        println!("{:?}", s);
    };
    f();
}
