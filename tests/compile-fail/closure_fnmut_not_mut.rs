// Rejects: calling a closure that mutates captured state through a non-mut binding (E0596).
fn main() {
    let mut count = 0;
    let inc = || count += 1;
    inc();
    println!("{}", count);
}
