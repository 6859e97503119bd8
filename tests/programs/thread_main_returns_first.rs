use std::thread;

fn main() {
    let h = thread::spawn(|| {
        let mut n: u64 = 0;
        loop {
            n = n.wrapping_add(1);
            if n == u64::MAX {
                break;
            }
        }
        n
    });
    println!("main returns without joining");
    drop(h);
}
