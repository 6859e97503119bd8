// A closure whose parameter type is not the one the adapter's bound gives it: E0631.
fn main() {
    let v = vec![1u8, 2, 3];
    let n = v.into_iter().filter(|x: &u16| *x > 1).count();
    println!("{}", n);
}
