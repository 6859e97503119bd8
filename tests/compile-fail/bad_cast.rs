fn main() {
    let b = Box::new(1);
    let n = b as i32;
    println!("{}", n);
}
