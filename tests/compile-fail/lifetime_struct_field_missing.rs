// Rejects: a struct field holding a reference without a lifetime (E0106).
struct Holder {
    name: &str,
}

fn main() {
    let h = Holder { name: "a" };
    println!("{}", h.name);
}
