use std::thread;

fn main() {
    let mut log = Vec::new();
    let r = thread::scope(|s| {
        let h = s.spawn(|| {
            if log.is_empty() {
                panic!("joined failure");
            }
            1
        });
        let joined = h.join();
        println!("joined: is_err = {}", joined.is_err());
        println!("payload: {:?}", joined.unwrap_err());
        3
    });
    println!("scope returned {}", r);
    log.push(r);
    let names: Vec<String> = thread::scope(|s| {
        let hs: Vec<_> = ["a", "b"]
            .iter()
            .map(|n| {
                thread::Builder::new()
                    .name(format!("worker-{}", n))
                    .spawn_scoped(s, || thread::current().name().unwrap().to_string())
                    .unwrap()
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("{:?} {:?}", names, log);
    println!("{:?}", thread::current().id());
}
