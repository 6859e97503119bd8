// Rejects: a closure passed to `for_each` moves a field of a captured struct out (E0507).
struct Owner {
    name: String,
}

fn main() {
    let o = Owner { name: String::from("x") };
    (0..2).for_each(|i| {
        let n = o.name;
        println!("{} {}", i, n);
    });
}
