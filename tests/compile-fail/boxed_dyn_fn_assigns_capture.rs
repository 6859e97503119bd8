// A closure boxed as a Box<dyn Fn()> is an Fn closure: assigning to its capture is E0594.
fn main() {
    let mut count = 0;
    let f: Box<dyn Fn()> = Box::new(|| count += 1);
    f();
    println!("{}", count);
}
