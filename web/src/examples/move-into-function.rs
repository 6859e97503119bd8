// `x` moves into `consume`: afterwards main's `x` is
// greyed out, and `b`'s box is freed when consume ends.
fn consume(b: Box<i32>) -> i32 {
    let v = *b;
    v
}

fn main() {
    let x = Box::new(7);
    let y = consume(x);
    let z = Box::new(8);
}
