// Checks: an FnOnce closure that drops its capture inside its body drops it during the call, not when the closure dies.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn call_once<F: FnOnce()>(f: F) {
    println!("calling");
    f();
    println!("called");
}

fn main() {
    let owned = Noisy("owned");
    let consume = move || {
        println!("closure has {}", owned.0);
        drop(owned);
        println!("closure dropped its capture");
    };
    call_once(consume);
    let kept = Noisy("kept");
    let print = move || println!("print sees {}", kept.0);
    call_once(print);
    println!("end of main");
}
