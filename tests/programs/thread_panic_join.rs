use std::thread;

fn main() {
    let h = thread::spawn(|| {
        let x = 5;
        if x > 2 {
            panic!("boom in thread");
        }
        x
    });
    let r = h.join();
    println!("is_err: {}", r.is_err());
    let h2 = thread::Builder::new().name("worker".to_string()).spawn(|| {
        let name = thread::current().name().unwrap().to_string();
        println!("hello from {}", name);
        let v: Vec<i32> = Vec::new();
        v[3]
    }).unwrap();
    let e = h2.join();
    println!("{:?}", e.is_ok());
    println!("main is {:?}", thread::current().name());
}
