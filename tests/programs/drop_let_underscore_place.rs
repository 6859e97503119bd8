// Checks: `let _ = place;` neither moves nor drops; `let _ = value;` drops at once; `let _x` keeps it to scope end.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let kept = Noisy("kept");
    let _ = kept;
    println!("after let _ = kept: {}", kept.0);
    let _ = Noisy("value");
    println!("after let _ = value");
    let _named = Noisy("named");
    println!("after let _named");
    let _ = (Noisy("tuple 0"), Noisy("tuple 1"));
    println!("end of main");
}
