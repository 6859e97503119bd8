// a.. past the length reports the start.
fn at(i: usize) -> usize {
    i
}

fn main() {
    let v = vec![10, 20, 30, 40, 50];
    let s = String::from("héllo");
    println!("{:?} {:?}", &v[at(1)..at(3)], &s[at(0)..at(1)]);
    let mut w = vec![10, 20, 30, 40, 50];
    w[at(3)..].reverse();
    println!("{:?}", w);
    let part = &mut w[at(6)..];
    println!("{:?}", part);
}
