// Checks: `if let` on a reference to a temporary keeps it alive through the then block and drops it before else.
struct Noisy(Option<u32>);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop Noisy({:?})", self.0);
    }
}

fn make(v: Option<u32>) -> Noisy {
    Noisy(v)
}

fn main() {
    if let Noisy(Some(x)) = &make(Some(3)) {
        println!("then: x = {}", x);
    } else {
        println!("else");
    }
    if let Noisy(Some(x)) = &make(None) {
        println!("then: x = {}", x);
    } else {
        println!("else runs after the drop");
    }
    println!("end");
}
