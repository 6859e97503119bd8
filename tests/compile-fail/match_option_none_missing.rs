// Rejects: a match on Option<i32> that forgets the None arm (E0004).
fn main() {
    let x: Option<i32> = Some(3);
    match x {
        Some(n) => println!("{}", n),
    }
}
