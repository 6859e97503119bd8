// Rejects: a value moved into a `move` closure is used afterwards (E0382).
fn spawn_like<F: FnOnce() + Send + 'static>(f: F) {
    f();
}

fn main() {
    let data = vec![1, 2, 3];
    spawn_like(move || println!("{:?}", data));
    println!("{}", data.len());
}
