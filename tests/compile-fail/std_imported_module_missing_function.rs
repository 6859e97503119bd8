use std::thread;

fn main() {
    let handle = thread::spawnn(|| 42);
    println!("{:?}", handle.join());
}
