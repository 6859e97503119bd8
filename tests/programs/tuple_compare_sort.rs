// Checks: lexicographic comparison of tuples, sorting a Vec of tuples and swapping via tuple assignment.
fn main() {
    println!("{}", (1, 2) < (1, 3));
    println!("{}", (2, 0) > (1, 99));
    println!("{}", (1, "b") == (1, "b"));
    println!("{:?}", (3, 'a').cmp(&(3, 'b')));
    let mut v = vec![(3, "c"), (1, "z"), (3, "a"), (2, "m"), (1, "a")];
    v.sort();
    println!("{:?}", v);
    v.sort_by(|a, b| b.1.cmp(a.1));
    println!("{:?}", v);
    let mut a = 1;
    let mut b = 2;
    (a, b) = (b, a);
    println!("a={} b={}", a, b);
    let (mut p, mut q) = (10, 20);
    std::mem::swap(&mut p, &mut q);
    println!("p={} q={}", p, q);
    let m = v.iter().max().unwrap();
    println!("max {:?}", m);
}
