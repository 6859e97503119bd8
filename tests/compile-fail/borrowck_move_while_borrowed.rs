// Rejects: moving a String out while it is borrowed (E0505).
fn main() {
    let s = String::from("hi");
    let r = &s;
    let t = s;
    println!("{} {}", r, t);
}
