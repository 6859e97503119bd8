// ..=usize::MAX is an end out of range, not an overflow.
fn at(i: usize) -> usize {
    i
}

fn main() {
    let v = vec![10, 20, 30, 40, 50];
    let s = String::from("héllo");
    println!("{:?} {:?}", &v[at(1)..at(3)], &s[at(0)..at(1)]);
    let part = &v[..=at(usize::MAX)];
    println!("{:?}", part);
}
