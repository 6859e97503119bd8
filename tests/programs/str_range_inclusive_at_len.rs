// str: a..=len reports the end byte index itself.
fn at(i: usize) -> usize {
    i
}

fn main() {
    let v = vec![10, 20, 30, 40, 50];
    let s = String::from("héllo");
    println!("{:?} {:?}", &v[at(1)..at(3)], &s[at(0)..at(1)]);
    println!("{:?}", &s[at(1)..=at(5)]);
    let part = &s[at(3)..=at(6)];
    println!("{:?}", part);
}
