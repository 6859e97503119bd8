fn main() {
    let s = String::from("hi");
    let p = &raw const s;
    let t = unsafe { *p };
    println!("{} {}", s, t);
}
