// Checks: VecDeque as a queue and a deque: push/pop at both ends, growth (a wrapped ring moved on realloc), front/back, get, indexing, iter().rev(), contains, Debug, dropping its Strings.
use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<i32> = VecDeque::new();
    q.push_back(1);
    q.push_back(2);
    q.push_front(0);
    q.push_back(3);
    q.push_front(-1);
    println!("{:?} len {} cap {}", q, q.len(), q.capacity());
    println!("{:?} {:?}", q.front(), q.back());
    println!("{:?} {:?}", q.pop_front(), q.pop_back());
    for x in q.iter().rev() {
        print!("{} ", x);
    }
    println!();
    q[1] = 20;
    println!("{} {} {:?}", q[0], q.contains(&20), q.get(7));
    let mut tasks = VecDeque::with_capacity(2);
    for name in ["a", "b", "c", "d", "e"] {
        tasks.push_back(String::from(name));
        if tasks.len() > 3 {
            let done = tasks.pop_front().unwrap();
            println!("done {}", done);
        }
    }
    let total: usize = tasks.iter().map(|t| t.len()).sum();
    println!("{:?} {}", tasks, total);
    while let Some(t) = tasks.pop_back() {
        print!("{} ", t);
    }
    println!();
}
