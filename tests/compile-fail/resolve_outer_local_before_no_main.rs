// Rejects: a nested function using a local of the function around it (E0434) in a crate
// without `main` (E0601): the entry point is looked for after name resolution.
fn outer() -> i32 {
    let base = 10;
    fn inner() -> i32 {
        base + 1
    }
    inner()
}

fn mian() {
    println!("{}", outer());
}
