use std::sync::{Arc, Barrier, Condvar, Mutex, OnceLock, RwLock};
use std::thread;

static GREETING: OnceLock<String> = OnceLock::new();

fn main() {
    let pair = Arc::new((Mutex::new(false), Condvar::new()));
    let pair2 = Arc::clone(&pair);
    let h = thread::spawn(move || {
        let (lock, cvar) = &*pair2;
        *lock.lock().unwrap() = true;
        cvar.notify_one();
    });
    let (lock, cvar) = &*pair;
    let mut ready = lock.lock().unwrap();
    while !*ready {
        ready = cvar.wait(ready).unwrap();
    }
    println!("ready = {}", *ready);
    drop(ready);
    h.join().unwrap();

    let table = Arc::new(RwLock::new(vec![1, 2, 3]));
    let readers: Vec<_> = (0..3)
        .map(|i| {
            let t = Arc::clone(&table);
            thread::spawn(move || t.read().unwrap()[i] * 2)
        })
        .collect();
    let doubled: Vec<i32> = readers.into_iter().map(|h| h.join().unwrap()).collect();
    table.write().unwrap().push(4);
    println!("{:?} {:?}", doubled, *table.read().unwrap());

    let barrier = Arc::new(Barrier::new(3));
    let mut hs = Vec::new();
    for _ in 0..3 {
        let b = Arc::clone(&barrier);
        hs.push(thread::spawn(move || b.wait().is_leader()));
    }
    let leaders = hs.into_iter().map(|h| h.join().unwrap()).filter(|&l| l).count();
    println!("leaders: {}", leaders);

    println!("{:?}", GREETING.get());
    let g = GREETING.get_or_init(|| "hello".to_string());
    println!("{} {:?}", g, GREETING.set("again".to_string()));
}
