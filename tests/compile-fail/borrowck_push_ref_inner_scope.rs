// Rejects: storing a reference to a value that dies at the end of its block (E0597).
fn main() {
    let mut refs: Vec<&i32> = Vec::new();
    {
        let x = 42;
        refs.push(&x);
    }
    println!("{:?}", refs);
}
