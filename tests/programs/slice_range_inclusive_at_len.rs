// a..=len reports the inclusive end itself, not end + 1.
fn at(i: usize) -> usize {
    i
}

fn main() {
    let v = vec![10, 20, 30, 40, 50];
    let s = String::from("héllo");
    println!("{:?} {:?}", &v[at(1)..at(3)], &s[at(0)..at(1)]);
    println!("{:?}", &v[at(2)..=at(4)]);
    println!("{:?}", &v[..=at(4)]);
    let part = &v[at(2)..=at(5)];
    println!("{:?}", part);
}
