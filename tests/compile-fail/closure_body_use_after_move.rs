// Rejects: a `move` closure's body uses its captured String after dropping it (E0382).
fn main() {
    let s = String::from("a");
    let f = move || {
        drop(s);
        println!("{}", s);
    };
    f();
}
