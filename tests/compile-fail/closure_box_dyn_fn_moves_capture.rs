// Rejects: a `move` closure boxed as `dyn Fn` moves its capture out (E0507).
fn main() {
    let s = String::from("hi");
    let f: Box<dyn Fn()> = Box::new(move || {
        let t = s;
        println!("{}", t);
    });
    f();
}
