use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let mut handles = Vec::new();
    for id in 0..3 {
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            for j in 0..2 {
                tx.send(id * 100 + j).unwrap();
            }
        }));
    }
    drop(tx);
    let mut got: Vec<i32> = rx.iter().collect();
    got.sort();
    println!("{:?}", got);
    for h in handles {
        h.join().unwrap();
    }
    let (stx, srx) = mpsc::sync_channel::<String>(1);
    let producer = thread::spawn(move || {
        for w in ["alpha", "beta", "gamma"] {
            stx.send(w.to_string()).unwrap();
        }
    });
    for msg in srx {
        println!("got {}", msg);
    }
    producer.join().unwrap();
    let (t2, r2) = mpsc::channel::<u8>();
    println!("{:?}", r2.try_recv());
    drop(t2);
    println!("{:?}", r2.try_recv());
    println!("{:?}", r2.recv());
    let (t3, r3) = mpsc::channel::<u8>();
    drop(r3);
    println!("{}", t3.send(5).is_err());
}
