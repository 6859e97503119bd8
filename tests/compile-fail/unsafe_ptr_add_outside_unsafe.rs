fn main() {
    let arr = [1, 2, 3];
    let p = arr.as_ptr();
    let q = p.add(1);
    println!("{}", unsafe { *q });
}
