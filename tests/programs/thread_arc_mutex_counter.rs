use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let hits = Arc::new(AtomicUsize::new(0));
    let mut handles = vec![];
    for i in 0..4 {
        let counter = Arc::clone(&counter);
        let hits = Arc::clone(&hits);
        handles.push(thread::spawn(move || {
            for _ in 0..50 {
                let mut n = counter.lock().unwrap();
                *n += 1;
                hits.fetch_add(1, Ordering::SeqCst);
            }
            i * 10
        }));
    }
    let mut total = 0;
    for h in handles {
        total += h.join().unwrap();
    }
    println!("counter = {}", *counter.lock().unwrap());
    println!("hits = {}", hits.load(Ordering::SeqCst));
    println!("total = {}", total);
    println!("{:?}", counter);
    println!("strong = {}", Arc::strong_count(&counter));
}
