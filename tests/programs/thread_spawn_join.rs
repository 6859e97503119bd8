use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let h = thread::spawn(move || {
        let s: i32 = v.iter().sum();
        println!("sum in thread: {}", s);
        s * 2
    });
    let r = h.join().unwrap();
    println!("joined: {}", r);
}
