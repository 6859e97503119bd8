// Checks: Box::new, *b deref, Box<Box<i32>>, &Box<i32> coerced to &i32, moving a Box into a function.
fn consume(b: Box<i32>) -> i32 {
    *b + 1
}

fn peek(r: &i32) -> i32 {
    *r * 10
}

fn make(v: i64) -> Box<i64> {
    Box::new(v * v)
}

fn bump(b: &mut Box<i32>) {
    **b += 5;
}

fn main() {
    let b = Box::new(41);
    println!("b = {}, *b = {}, {:?}", b, *b, b);
    println!("peek = {}", peek(&b));
    let n = consume(b);
    println!("n = {}", n);
    let bb: Box<Box<i32>> = Box::new(Box::new(7));
    println!("bb = {}, **bb = {}", bb, **bb + 1);
    let mut m = Box::new(0);
    *m += 3;
    bump(&mut m);
    println!("m = {}", m);
    let sq = make(12);
    println!("sq = {:?}", sq);
    let moved = sq;
    println!("moved = {}", moved);
    let flag = Box::new(false);
    println!("flag = {}", flag);
    let r: &Box<i32> = &m;
    println!("via ref: {}", peek(r));
}
