fn main() {
    let v = vec![1, 2, 3];
    let s = std::slice::from_raw_parts(v.as_ptr(), 2);
    println!("{:?}", s);
}
