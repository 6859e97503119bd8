// Rejects: a function returning `[T; N]` with an array of another length (E0308).
fn pair<const N: usize>(x: u8) -> [u8; N] {
    [x, x]
}

fn main() {
    let p: [u8; 2] = pair(1);
    println!("{:?}", p);
}
