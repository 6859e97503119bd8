// Rejects: rustc reports a closure body's error (E0594) before an earlier one of the function that makes it (E0382).
fn main() {
    let s = String::from("a");
    let t = s;
    println!("{}", s);
    let x = 5;
    let mut c = || {
        x = 6;
    };
    c();
    println!("{}", t);
}
