// core checks a range's start against the length before its order: 10..3 on 5 elements.
fn at(i: usize) -> usize {
    i
}

fn main() {
    let v = vec![10, 20, 30, 40, 50];
    let s = String::from("héllo");
    println!("{:?} {:?}", &v[at(1)..at(3)], &s[at(0)..at(1)]);
    let part = &v[at(10)..at(3)];
    println!("{:?}", part);
}
