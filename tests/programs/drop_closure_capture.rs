// Checks: a move closure owns its captured values, which are dropped when the closure is dropped.
struct Tok(&'static str);
impl Drop for Tok {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let t = Tok("captured");
    let other = Tok("other");
    let f = move || {
        println!("closure sees {}", t.0);
    };
    f();
    f();
    println!("before dropping closure");
    drop(f);
    println!("after dropping closure");
    let g = move || other;
    println!("calling FnOnce");
    let back = g();
    println!("got back {}", back.0);
}
