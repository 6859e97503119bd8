// Checks: dbg! prints "[file:line:col] expr = value" to stderr (pretty Debug) and returns the value.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

fn main() {
    let scale = 2;
    let rect1 = Rectangle { width: dbg!(30 * scale), height: 50 };
    dbg!(&rect1);
    let v = dbg!(vec![1, 2]);
    println!("v = {:?}", v);
    let (a, b) = dbg!(1 + 1, "two");
    println!("{} {}", a, b);
    dbg!();
    println!("area {}", rect1.width * rect1.height);
}
