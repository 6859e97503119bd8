// A closure that mutates its capture only implements FnMut: boxing it as a Box<dyn Fn()> is E0525.
fn main() {
    let mut count = 0;
    let inc = || count += 1;
    let f: Box<dyn Fn()> = Box::new(inc);
    f();
    println!("{}", count);
}
