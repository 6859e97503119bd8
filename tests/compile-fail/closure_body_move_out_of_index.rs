// Rejects: a closure's body moves a String out of a captured Vec by index (E0507).
fn main() {
    let v = vec![String::from("a")];
    let f = || {
        let t = v[0];
        println!("{}", t);
    };
    f();
}
