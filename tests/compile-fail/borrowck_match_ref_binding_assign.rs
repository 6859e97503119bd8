// Rejects: assigning to a matched value while a `ref` binding into it is used (E0506).
fn main() {
    let mut opt = Some(String::from("x"));
    match opt {
        Some(ref s) => {
            opt = None;
            println!("{}", s);
        }
        None => {}
    }
    println!("{:?}", opt);
}
