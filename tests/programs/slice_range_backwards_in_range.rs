// start > end, both within the length.
fn at(i: usize) -> usize {
    i
}

fn main() {
    let v = vec![10, 20, 30, 40, 50];
    let s = String::from("héllo");
    println!("{:?} {:?}", &v[at(1)..at(3)], &s[at(0)..at(1)]);
    let part = &v[at(4)..at(2)];
    println!("{:?}", part);
}
