// Checks: a Vec of references used, then the referents changed after its last use.
fn main() {
    let mut a = 1;
    let mut b = 2;
    let refs = vec![&a, &b];
    let sum: i32 = refs.iter().map(|r| **r).sum();
    println!("{}", sum);
    a += 1;
    b += 1;
    println!("{} {}", a, b);
}
