// Checks: collecting into a VecDeque (std collects a Vec, then takes its buffer), VecDeque::from(Vec), then growth from the taken capacity.
use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<u32> = (1..=5).collect();
    q.push_front(0);
    println!("{:?} {}", q, q.capacity());
    let evens: VecDeque<u32> = q.iter().filter(|x| *x % 2 == 0).cloned().collect();
    println!("{:?}", evens);
    let mut w = VecDeque::from(vec![String::from("x"), String::from("y")]);
    w.push_back(String::from("z"));
    println!("{:?} {:?}", w.pop_front(), w);
}
