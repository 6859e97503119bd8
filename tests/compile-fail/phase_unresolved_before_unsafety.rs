// Rejects: a name that is not in scope (E0425) in the arguments of an unsafe call outside
// `unsafe`: the unsafety check (E0133) runs only on bodies that type-check.
fn main() {
    let b = Box::from_raw(p);
    println!("{}", b);
}
