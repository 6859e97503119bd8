// Rejects: returning a slice of a local array (E0515).
fn numbers() -> &'static [i32] {
    let a = [1, 2, 3];
    &a
}

fn main() {
    println!("{:?}", numbers());
}
