use std::sync::{Arc, Mutex};
use std::thread;

// One counter on the heap, behind a lock, owned by
// every thread through an Arc. A thread that finds
// it locked waits.
fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for _ in 0..3 {
        let counter = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            for _ in 0..2 {
                let mut n = counter.lock().unwrap();
                *n += 1;
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("count = {}", *counter.lock().unwrap());
}
