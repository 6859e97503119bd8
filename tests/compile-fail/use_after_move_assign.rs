fn main() {
    let a = Box::new(1);
    let b = a;
    let c = *a + *b;
    println!("{}", c);
}
