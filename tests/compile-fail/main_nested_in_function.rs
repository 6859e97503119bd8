// Rejects: a crate whose only `main` is nested in another function (E0601).
fn outer() {
    fn main() {
        println!("inner");
    }
}
