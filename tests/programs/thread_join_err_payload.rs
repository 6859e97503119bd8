use std::thread;

fn run<F: FnOnce() -> T, T>(f: F) -> Option<T> {
    Some(f())
}

fn main() {
    // A closure's declared return type fixes the spawn's `T`.
    println!("{:?}", run(|| -> i32 { 7 }));
    let ok = thread::spawn(|| -> u8 { 5 }).join();
    println!("{:?}", ok);
    let r = thread::spawn(|| -> i32 { panic!("boom") }).join();
    println!("{:?}", r);
    r.unwrap();
}
