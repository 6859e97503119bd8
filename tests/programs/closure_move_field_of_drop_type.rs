// Checks: a move closure using a field of a value whose type implements Drop captures the whole value (RFC 2229), so the value drops with the closure.
struct Greeter { name: String }
impl Drop for Greeter { fn drop(&mut self) { println!("drop greeter {}", self.name); } }
fn main() {
    let g = Greeter { name: String::from("ann") };
    let f = move |v: u32| format!("hi {} #{}", g.name, v);
    println!("{}", f(1));
    drop(f);
    println!("end");
}
