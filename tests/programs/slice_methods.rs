// Checks: slice methods: split_at, chunks, windows, iter().rev(), contains, starts_with, concat, join, to_vec.
fn main() {
    let v = [1, 2, 3, 4, 5, 6, 7];
    let (l, r) = v.split_at(3);
    println!("{:?} {:?}", l, r);
    for c in v.chunks(3) {
        println!("chunk {:?}", c);
    }
    for w in v.windows(3) {
        print!("{} ", w.iter().sum::<i32>());
    }
    println!();
    let rev: Vec<i32> = v[2..5].iter().rev().cloned().collect();
    println!("{:?}", rev);
    println!("{} {}", v.starts_with(&[1, 2]), v.ends_with(&[7]));
    let parts = [[1, 2], [3, 4]];
    println!("{:?}", parts.concat());
    let words = ["a", "bc", "def"];
    println!("{}", words.join("-"));
    println!("{}", words.concat());
    let owned = v[..2].to_vec();
    println!("{:?}", owned);
    println!("{:?} {:?}", v.iter().max(), v[1..1].iter().max());
    let mut m = [5, 3, 1, 4];
    m[1..].sort();
    println!("{:?}", m);
    m.swap(0, 3);
    println!("{:?}", m);
}
