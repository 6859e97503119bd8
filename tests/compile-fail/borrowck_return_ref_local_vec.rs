// Rejects: returning a reference to a local Vec (E0515).
fn make() -> &'static Vec<i32> {
    let v = vec![1, 2, 3];
    &v
}

fn main() {
    println!("{:?}", make());
}
