// `Option` does not implement `Termination`: `main` cannot return it.
fn main() -> Option<()> {
    let v = vec![1, 2, 3];
    let first = v.first()?;
    println!("{}", first);
    Some(())
}
