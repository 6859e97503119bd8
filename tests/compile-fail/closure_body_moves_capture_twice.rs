// Rejects: a closure's body moves its captured String out twice (E0382).
fn main() {
    let s = String::from("a");
    let f = || {
        let t = s;
        let u = s;
        println!("{} {}", t, u);
    };
    f();
}
