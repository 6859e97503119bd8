// Rejects: keeping references to a loop's local after its iteration (E0597).
fn main() {
    let mut refs = Vec::new();
    for i in 0..3 {
        let doubled = i * 2;
        refs.push(&doubled);
    }
    println!("{:?}", refs);
}
