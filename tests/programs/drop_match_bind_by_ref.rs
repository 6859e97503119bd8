// Checks: matching on a reference binds by reference: nothing moves, everything drops with its owner.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let pair = (Noisy("left"), Some(Noisy("right")));
    match &pair {
        (l, Some(r)) => println!("both: {} {}", l.0, r.0),
        (l, None) => println!("only {}", l.0),
    }
    let opt = Some(Noisy("inside"));
    match opt {
        Some(ref n) => println!("ref binding {}", n.0),
        None => println!("none"),
    }
    println!("opt still there: {}", opt.is_some());
    println!("end of main");
}
