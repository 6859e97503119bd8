// Rejects: `{}` of a `MutexGuard<Vec<u8>>` (E0277): the guard is `Display` only when what it
// guards is, and a `Vec` is not.
use std::sync::Mutex;

fn main() {
    let shared = Mutex::new(vec![1u8, 2, 3]);
    println!("{}", shared.lock().unwrap());
}
