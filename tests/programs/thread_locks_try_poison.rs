use std::sync::{Arc, Mutex, RwLock, TryLockError};
use std::thread;

fn main() {
    let m = Mutex::new(vec![1]);
    {
        let g = m.lock().unwrap();
        match m.try_lock() {
            Err(TryLockError::WouldBlock) => println!("would block while {:?} is held", *g),
            _ => println!("unexpected"),
        }
        let e = m.try_lock().unwrap_err();
        println!("{:?} / {} / {:?}", e, e, m);
    }
    m.try_lock().unwrap().push(2);
    println!("{:?}", m);

    let lock = Arc::new(RwLock::new(String::from("v1")));
    {
        let r1 = lock.read().unwrap();
        let r2 = lock.read().unwrap();
        println!("two readers: {} {} {:?}", *r1, *r2, lock);
    }
    let l2 = Arc::clone(&lock);
    let writer = thread::spawn(move || {
        let mut w = l2.write().unwrap();
        w.push_str("+w");
        println!("writer holds {:?}", *w);
        if w.len() > 2 {
            panic!("writer gives up");
        }
    });
    println!("writer panicked: {}", writer.join().is_err());
    println!("rwlock poisoned: {}", lock.is_poisoned());
    match lock.read() {
        Ok(_) => println!("fine"),
        Err(e) => {
            println!("read: {}", e);
            println!("data: {:?}", *e.into_inner());
        }
    }

    let counter = Arc::new(Mutex::new(0u32));
    let c2 = Arc::clone(&counter);
    let _ = thread::spawn(move || {
        let _g = c2.lock().unwrap();
        panic!("poison it");
    })
    .join();
    println!("poisoned: {}", counter.is_poisoned());
    {
        let e = counter.try_lock().unwrap_err();
        println!("{:?} / {}", e, e);
    }
    counter.clear_poison();
    *counter.lock().unwrap() += 5;
    let mut owned = Arc::into_inner(counter).unwrap();
    *owned.get_mut().unwrap() += 1;
    println!("into_inner: {:?}", owned.into_inner());
}
