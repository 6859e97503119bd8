fn main() {
    let w = 5;
    let v = *w;
    println!("{}", v);
}
