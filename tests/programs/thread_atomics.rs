use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, AtomicUsize, Ordering};
use std::thread;

static STARTED: AtomicUsize = AtomicUsize::new(0);

fn main() {
    let flag = Arc::new(AtomicBool::new(false));
    let level = Arc::new(AtomicI32::new(-5));
    let mut handles = Vec::new();
    for i in 0..3 {
        let flag = Arc::clone(&flag);
        let level = Arc::clone(&level);
        handles.push(thread::spawn(move || {
            STARTED.fetch_add(1, Ordering::SeqCst);
            // Exactly one thread wins the flag.
            let won = flag
                .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
                .is_ok();
            level.fetch_add(i * 2, Ordering::Relaxed);
            won
        }));
    }
    let winners = handles.into_iter().map(|h| h.join().unwrap()).filter(|&w| w).count();
    println!("winners: {}", winners);
    println!("started: {}", STARTED.load(Ordering::SeqCst));
    println!("level: {}", level.load(Ordering::SeqCst));
    println!("flag: {:?}", flag);

    let a = AtomicI32::new(10);
    println!("swap -> {}", a.swap(20, Ordering::SeqCst));
    a.store(-3, Ordering::Release);
    println!("load -> {}", a.load(Ordering::Acquire));
    println!("cas ok -> {:?}", a.compare_exchange(-3, 7, Ordering::SeqCst, Ordering::SeqCst));
    println!("cas err -> {:?}", a.compare_exchange(-3, 9, Ordering::SeqCst, Ordering::SeqCst));
    println!("fetch_sub -> {} now {:?}", a.fetch_sub(10, Ordering::SeqCst), a);
    let b = AtomicBool::new(true);
    println!("bool swap -> {} now {}", b.swap(false, Ordering::SeqCst), b.load(Ordering::SeqCst));
    b.store(true, Ordering::SeqCst);
    println!("fetch_and -> {} now {:?}", b.fetch_and(false, Ordering::SeqCst), b);
    let big = AtomicU64::new(u64::MAX);
    println!("wrap -> {} now {}", big.fetch_add(2, Ordering::SeqCst), big.into_inner());
    let mut m = AtomicUsize::new(4);
    *m.get_mut() += 1;
    println!("get_mut -> {}", m.load(Ordering::SeqCst));
    let counter = Arc::new(AtomicUsize::new(0));
    thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                for _ in 0..25 {
                    let mut cur = counter.load(Ordering::Relaxed);
                    loop {
                        match counter.compare_exchange_weak(cur, cur + 1, Ordering::SeqCst, Ordering::Relaxed) {
                            Ok(_) => break,
                            Err(seen) => cur = seen,
                        }
                    }
                }
            });
        }
    });
    println!("cas loop total: {}", counter.load(Ordering::SeqCst));
}
