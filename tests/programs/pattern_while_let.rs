// Checks: while let popping from a Vec stack, and while let over an iterator's next().
fn main() {
    let mut stack = Vec::new();
    stack.push(1);
    stack.push(2);
    stack.push(3);
    while let Some(top) = stack.pop() {
        println!("popped {}", top);
    }
    println!("stack empty: {}", stack.is_empty());
    let words = ["alpha", "beta", "gamma"];
    let mut it = words.iter().enumerate();
    while let Some((i, w)) = it.next() {
        println!("{}: {}", i, w);
    }
    let mut n = Some(0);
    while let Some(i) = n {
        if i > 4 {
            n = None;
        } else {
            print!("{} ", i);
            n = Some(i + 2);
        }
    }
    println!();
}
