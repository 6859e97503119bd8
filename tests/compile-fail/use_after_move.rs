fn consume(b: Box<i32>) {}

fn main() {
    let b = Box::new(1);
    consume(b);
    println!("{}", b);
}
