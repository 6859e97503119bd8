// Arc<str> and Arc<[T]> shared across threads: one block each, the count going up per clone.
// Each thread is joined before the next starts, so the heap events come in one order.
use std::sync::Arc;
use std::thread;

fn main() {
    let greeting: Arc<str> = Arc::from("hello from main");
    let primes: Arc<[u64]> = Arc::from(vec![2, 3, 5, 7, 11]);
    for id in 0..3 {
        let greeting = Arc::clone(&greeting);
        let primes = Arc::clone(&primes);
        println!("strong before spawn: {}", Arc::strong_count(&primes));
        let handle = thread::spawn(move || {
            let sum: u64 = primes.iter().sum();
            format!("thread {} saw {:?} ({} bytes), sum {}", id, greeting, greeting.len(), sum + id)
        });
        println!("{}", handle.join().unwrap());
    }
    println!("strong after join: {} {}", Arc::strong_count(&greeting), Arc::strong_count(&primes));
    let name: Arc<str> = String::from("shared name").into();
    let t = {
        let name = name.clone();
        thread::spawn(move || name.to_uppercase())
    };
    println!("{} {}", t.join().unwrap(), name);
    println!("{}", std::mem::size_of::<Arc<str>>());
}
