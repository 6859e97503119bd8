fn main() {
    let (mut a, mut b) = (1, 2);
    std::mem::swapp(&mut a, &mut b);
    println!("{} {}", a, b);
}
