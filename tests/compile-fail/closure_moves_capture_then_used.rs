// Rejects: a closure that moves its captured String out captures it by value; the String is used after the closure is made (E0382).
fn main() {
    let s = String::from("a");
    let f = || {
        let t = s;
        println!("{}", t);
    };
    f();
    println!("{}", s);
}
