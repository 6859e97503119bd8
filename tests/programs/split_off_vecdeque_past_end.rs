// Checks: `VecDeque::split_off` past the end panics inside std (its `assert!` is not
// `#[track_caller]`), after the Vec's own panic message shape is not taken.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<u8> = VecDeque::new();
    d.push_back(1);
    let tail = d.split_off(1);
    println!("{:?} {:?}", d, tail);
    let _ = d.split_off(2);
}
