use std::sync::mpsc::{self, RecvError, SendError, TryRecvError, TrySendError};
use std::thread;

fn main() {
    // A rendezvous channel: each send waits for its receive.
    let (tx, rx) = mpsc::sync_channel::<u32>(0);
    let h = thread::spawn(move || {
        for i in 1..=3 {
            tx.send(i * i).unwrap();
        }
        "producer done"
    });
    let squares: Vec<u32> = rx.iter().collect();
    println!("{:?} {}", squares, h.join().unwrap());

    // Sending on a channel whose receiver is gone gives the value back.
    let (tx, rx) = mpsc::channel::<String>();
    drop(rx);
    let err: SendError<String> = tx.send("lost".to_string()).unwrap_err();
    println!("{} / {:?} / {}", err, err, err.0);

    let (stx, srx) = mpsc::sync_channel::<i32>(2);
    stx.send(1).unwrap();
    stx.send(2).unwrap();
    println!("{:?}", srx.try_recv());
    drop(srx);
    println!("{}", stx.send(3).is_err());

    // try_recv and recv on a channel whose senders are gone.
    let (tx, rx) = mpsc::channel::<i32>();
    let tx2 = tx.clone();
    thread::spawn(move || {
        tx2.send(10).unwrap();
    })
    .join()
    .unwrap();
    tx.send(20).unwrap();
    drop(tx);
    println!("{:?}", rx.recv());
    println!("{:?}", rx.try_recv());
    let e = rx.try_recv().unwrap_err();
    println!("{:?} {} {}", e, e, e == TryRecvError::Disconnected);
    let e: RecvError = rx.recv().unwrap_err();
    println!("{:?} {}", e, e);
    println!("{}", TryRecvError::Empty);

    // try_iter takes what is there now.
    let (tx, rx) = mpsc::channel();
    for i in 0..4 {
        tx.send(i).unwrap();
    }
    let now: Vec<i32> = rx.try_iter().collect();
    println!("{:?} then {:?}", now, rx.try_recv());
    let rx_moved = thread::spawn(move || rx.recv().unwrap());
    tx.send(99).unwrap();
    println!("{}", rx_moved.join().unwrap());
    println!("{:?}", tx.send(100));

    // try_send on a full and on a closed channel.
    let (stx, srx) = mpsc::sync_channel::<char>(1);
    println!("{:?}", stx.try_send('a'));
    let full = stx.try_send('b').unwrap_err();
    println!("{:?} / {} / [{:>28}]", full, full, full);
    match full {
        TrySendError::Full(c) => println!("kept {}", c),
        TrySendError::Disconnected(_) => println!("closed"),
    }
    println!("{:?}", srx.recv());
    drop(srx);
    println!("{:?}", stx.try_send('c'));
    println!("[{:<32}]", RecvError);
}
