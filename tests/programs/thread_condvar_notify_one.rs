use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Duration;

struct State {
    waiting: usize,
    woken: usize,
}

fn main() {
    let shared = Arc::new((Mutex::new(State { waiting: 0, woken: 0 }), Condvar::new(), Condvar::new()));
    let mut handles = Vec::new();
    for id in 0..3 {
        let shared = Arc::clone(&shared);
        handles.push(thread::spawn(move || {
            let (lock, wake, report) = &*shared;
            let mut state = lock.lock().unwrap();
            state.waiting += 1;
            report.notify_all();
            // One wait, no loop: how many threads a notification wakes is what this counts.
            state = wake.wait(state).unwrap();
            state.woken += 1;
            report.notify_all();
            id
        }));
    }
    let (lock, wake, report) = &*shared;
    let mut state = lock.lock().unwrap();
    while state.waiting < 3 {
        state = report.wait(state).unwrap();
    }
    wake.notify_one();
    while state.woken < 1 {
        state = report.wait(state).unwrap();
    }
    drop(state);
    thread::sleep(Duration::from_millis(100));
    println!("after notify_one: {} woken", lock.lock().unwrap().woken);
    wake.notify_one();
    let mut state = lock.lock().unwrap();
    while state.woken < 2 {
        state = report.wait(state).unwrap();
    }
    drop(state);
    thread::sleep(Duration::from_millis(100));
    println!("after a second notify_one: {} woken", lock.lock().unwrap().woken);
    wake.notify_all();
    let mut ids: Vec<usize> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    ids.sort();
    println!("after notify_all: {} woken, ids {:?}", lock.lock().unwrap().woken, ids);
}
