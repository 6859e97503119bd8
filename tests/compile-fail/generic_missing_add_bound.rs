// Rejects: using `+` on a generic T with no Add bound (E0369).
fn sum<T>(a: T, b: T) -> T {
    a + b
}

fn main() {
    println!("{}", sum(1, 2));
}
