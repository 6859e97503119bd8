use std::thread;

// Each thread has a stack of its own; the heap is
// shared. `move` gives the closure `numbers`: the
// spawned thread owns it now.
fn main() {
    let numbers = vec![1, 2, 3];
    let handle = thread::spawn(move || {
        let doubled: Vec<i32> = numbers.iter().map(|n| n * 2).collect();
        println!("spawned thread: {:?}", doubled);
        doubled.len()
    });
    let count = handle.join().unwrap();
    println!("main joined it: {} numbers", count);
}
