use std::sync::mpsc;
use std::thread;

// A pipeline: a producer sends numbers, a worker
// squares them and sends them on, main receives.
// Messages wait in the heap.
fn main() {
    let (tx, rx) = mpsc::channel();
    let (squares_tx, squares_rx) = mpsc::channel();
    let producer = thread::spawn(move || {
        for n in 1..=3 {
            tx.send(n).unwrap();
        }
    });
    let worker = thread::spawn(move || {
        for n in rx {
            squares_tx.send(n * n).unwrap();
        }
    });
    let squares: Vec<i32> = squares_rx.iter().collect();
    println!("{:?}", squares);
    producer.join().unwrap();
    worker.join().unwrap();
}
