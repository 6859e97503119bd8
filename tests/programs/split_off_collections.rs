// Checks: `split_off` on Vec, String and VecDeque (the tail moves into a collection of exactly
// its length, no allocation when it is empty), a VecDeque that wraps around, and the panics of
// an index past the end and not on a char boundary.
use std::collections::VecDeque;

fn main() {
    let mut v = vec![1, 2, 3, 4, 5];
    let w = v.split_off(2);
    println!("{:?} {:?} {} {}", v, w, v.capacity(), w.capacity());
    let empty = v.split_off(2);
    println!("{:?} {}", empty, empty.capacity());
    let mut names = vec![String::from("a"), String::from("b"), String::from("c")];
    let tail = names.split_off(1);
    println!("{:?} {:?}", names, tail);

    let mut s = String::from("hello world");
    let t = s.split_off(5);
    println!("{:?} {:?} {} {}", s, t, s.capacity(), t.capacity());
    let mut u = String::from("héllo");
    let rest = u.split_off(3);
    println!("{:?} {:?}", u, rest);

    let mut d: VecDeque<String> = VecDeque::new();
    for i in 0..6 {
        d.push_back(i.to_string());
    }
    d.pop_front();
    d.pop_front();
    d.push_back(String::from("x"));
    d.push_back(String::from("y"));
    let e = d.split_off(2);
    println!("{:?} {:?} {} {}", d, e, d.capacity(), e.capacity());
    let mut n: VecDeque<i32> = (1..8).collect();
    let m = n.split_off(0);
    println!("{:?} {:?} {}", n, m, m.capacity());

    let mut short = String::from("héllo");
    let _ = short.split_off(2);
}
