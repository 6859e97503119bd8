use std::thread;
use std::time::Duration;

fn main() {
    let b = thread::Builder::new().name("sleepy".to_string()).stack_size(64 * 1024);
    let h = b
        .spawn(|| {
            thread::sleep(Duration::from_millis(20));
            let me = thread::current();
            format!("{} woke", me.name().unwrap())
        })
        .unwrap();
    thread::yield_now();
    println!("{}", h.thread().name().unwrap());
    println!("{}", h.join().unwrap());
    println!("main is {:?}", thread::current().name());
    let r = thread::scope(|s| {
        s.spawn(|| {
            let v: Vec<u8> = Vec::new();
            if v.is_empty() {
                panic!("scoped failure");
            }
        });
        7
    });
    println!("unreachable {}", r);
}
