use std::cell::Cell;
use std::sync::{Arc, Mutex, mpsc};
use std::thread;

fn main() {
    let m = Arc::new(Mutex::new(Cell::new(1)));
    let m2 = Arc::clone(&m);
    let (tx, rx) = mpsc::channel::<Cell<i32>>();
    let h = thread::spawn(move || {
        m2.lock().unwrap().set(7);
        tx.send(Cell::new(3)).unwrap();
    });
    h.join().unwrap();
    println!("{} {}", m.lock().unwrap().get(), rx.recv().unwrap().get());
    let mut data = vec![1, 2, 3];
    thread::scope(|s| {
        s.spawn(|| println!("{}", data.len()));
    });
    data.push(4);
    println!("{:?}", data);
}
