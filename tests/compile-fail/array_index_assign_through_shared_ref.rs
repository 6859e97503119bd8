// Rejects: an element of an array written through `&[T; N]` (E0594).
fn main() {
    let mut a = [1, 2, 3];
    let ra = &a;
    let total: i32 = ra.iter().sum();
    ra[0] = total;
    println!("{:?}", a);
}
