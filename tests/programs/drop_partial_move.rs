// Checks: after a partial move out of a struct, the remaining fields are dropped at scope end.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Holder {
    left: Noisy,
    middle: Noisy,
    right: Noisy,
}

fn main() {
    let h = Holder { left: Noisy("left"), middle: Noisy("middle"), right: Noisy("right") };
    let m = h.middle;
    println!("moved out {}", m.0);
    drop(m);
    println!("end of main");
}
