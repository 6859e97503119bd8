// a..=b with b < len and a > b + 1: the order check sees b + 1.
fn at(i: usize) -> usize {
    i
}

fn main() {
    let v = vec![10, 20, 30, 40, 50];
    let s = String::from("héllo");
    println!("{:?} {:?}", &v[at(1)..at(3)], &s[at(0)..at(1)]);
    println!("{:?}", &v[at(3)..=at(2)]);
    let part = &v[at(4)..=at(1)];
    println!("{:?}", part);
}
