// Rejects: a reference field without a lifetime (E0106) in a crate without `main` (E0601):
// rustc resolves lifetimes with the crate's names, before it looks for the entry point.
struct Holder {
    name: &str,
}

fn mian() {
    let h = Holder { name: "a" };
    println!("{}", h.name);
}
