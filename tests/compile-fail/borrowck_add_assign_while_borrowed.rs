// Rejects: updating a total while a reference to it is still used (E0506).
fn main() {
    let mut total = 0;
    let before = &total;
    for i in 0..3 {
        total += i;
    }
    println!("{} {}", before, total);
}
