// Checks: a slice whose start exceeds its end panics with rustc's exact "slice index starts at" message.
fn window(v: &[u8], a: usize, b: usize) -> &[u8] {
    &v[a..b]
}

fn main() {
    let data = [1u8, 2, 3, 4, 5];
    println!("{:?}", window(&data, 0, 2));
    println!("{:?}", window(&data, 2, 2));
    println!("{:?}", window(&data, 4, 3));
}
