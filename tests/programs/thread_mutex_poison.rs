use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let data = Arc::new(Mutex::new(vec![1, 2, 3]));
    let d2 = Arc::clone(&data);
    let r = thread::spawn(move || {
        let mut g = d2.lock().unwrap();
        g.push(4);
        if g.len() > 3 {
            panic!("oops while holding the lock");
        }
        g.len()
    })
    .join();
    println!("thread failed: {}", r.is_err());
    println!("poisoned: {}", data.is_poisoned());
    match data.lock() {
        Ok(_) => println!("not poisoned"),
        Err(e) => {
            println!("error: {}", e);
            let g = e.into_inner();
            println!("data anyway: {:?}", *g);
        }
    }
    let v = data.lock().unwrap();
    println!("{:?}", v);
}
