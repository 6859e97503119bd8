fn main() {
    let s = "ab".repeat(7);
    println!("{} {} {}", s, s.len(), s.capacity());
    let e = "".repeat(5);
    println!("[{}] {}", e, e.capacity());
    let z = "xyz".repeat(0);
    println!("[{}] {}", z, z.capacity());
    let u = "é".repeat(3);
    println!("{} {}", u, u.len());
    let one = "q".repeat(1);
    println!("{}", one);
}
