use std::thread;
fn main() {
    let mut v = vec![1, 2, 3];
    thread::scope(|s| {
        s.spawn(|| v.push(4));
        s.spawn(|| v.push(5));
    });
    println!("{:?}", v);
}
