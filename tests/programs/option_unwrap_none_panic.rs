// Checks: calling unwrap() on None panics with rustc's exact message and location, exit code 101.
fn find_even(v: &[i32]) -> Option<i32> {
    v.iter().copied().find(|x| x % 2 == 0)
}

fn main() {
    let a = find_even(&[1, 3, 4]);
    println!("a = {}", a.unwrap());
    let b = find_even(&[1, 3, 5]);
    println!("b is_none = {}", b.is_none());
    let v = b.unwrap();
    println!("never {}", v);
}
