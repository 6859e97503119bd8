// Rejects: using a String after it was moved into a `move` closure (E0382).
fn main() {
    let data = String::from("payload");
    let f = move || data.len();
    println!("{}", f());
    println!("{}", data);
}
