// Checks: borrowing two different fields of a struct mutably at the same time.
struct Pair {
    a: Vec<i32>,
    b: Vec<i32>,
}

fn main() {
    let mut p = Pair { a: vec![1, 2], b: vec![3] };
    let a = &mut p.a;
    let b = &mut p.b;
    b.push(a[0]);
    a.push(b[0]);
    std::mem::swap(&mut p.a, &mut p.b);
    println!("{:?} {:?}", p.a, p.b);
}
