// Rejects: an `if let` in a closure passed to `for_each` moves the String out of a captured Option (E0507).
fn main() {
    let opt = Some(String::from("a"));
    let mut v = Vec::new();
    (0..2).for_each(|_| {
        if let Some(s) = opt {
            v.push(s)
        }
    });
    println!("{:?}", v);
}
