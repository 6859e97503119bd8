// A Vec moved into a function, then used by its old owner.
fn consume(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let v = vec![1, 2, 3];
    let n = consume(v);
    println!("consumed {}", n);
    println!("{}", v.len()); // UB: use after move
}
