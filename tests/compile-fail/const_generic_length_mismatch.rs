// Rejects: an array of the wrong length for a const generic parameter given explicitly (E0308).
fn sum<const N: usize>(a: [i32; N]) -> i32 {
    a[0]
}

fn main() {
    println!("{}", sum::<3>([1, 2]));
}
