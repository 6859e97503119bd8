// Rejects: adding an integer to an Option<i32>, which has no Add at all (E0369).
fn main() {
    let a: Option<i32> = Some(1);
    let b = a + 1;
    println!("{:?}", b);
}
