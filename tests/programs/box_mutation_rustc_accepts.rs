// Writes through boxes their owners allow: a `mut` binding, a `mut` parameter, a `&mut Box`.
fn grow(mut b: Box<Vec<i32>>) -> Box<Vec<i32>> {
    b.push(3);
    b
}

fn bump(b: &mut Box<i32>) {
    **b += 1;
}

fn main() {
    let mut b = Box::new(5);
    *b = 6;
    bump(&mut b);
    let v = grow(Box::new(vec![1, 2]));
    let mut w = Box::new(vec![4]);
    w.push(5);
    println!("{} {:?} {:?}", b, v, w);
}
