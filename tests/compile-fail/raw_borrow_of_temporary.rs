fn main() {
    let p = &raw const 5;
    println!("{}", p.is_null());
}
