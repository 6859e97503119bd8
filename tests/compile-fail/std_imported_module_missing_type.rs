use std::sync::mpsc;

fn send_all(tx: mpsc::Sendr<i32>) {
    tx.send(1).unwrap();
}

fn main() {
    let (tx, _rx) = mpsc::channel();
    send_all(tx);
}
