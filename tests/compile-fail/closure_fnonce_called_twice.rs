// Rejects: a closure that moves its capture out is `FnOnce`: its first call moves it (E0382).
fn main() {
    let s = String::from("a");
    let f = || {
        let t = s;
        println!("{}", t);
    };
    f();
    f();
}
