// Rejects: a field declared twice with different types, after another field (E0124).
struct Q {
    a: i32,
    b: String,
    a: String,
}

fn main() {
    println!("q");
}
