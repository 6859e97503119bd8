// Checks: moved values are dropped by their new owner not the old scope, and std::mem::drop drops early.
struct R(String);
impl Drop for R {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn consume(r: R) {
    println!("consuming {}", r.0);
}

fn pass_through(r: R) -> R {
    println!("passing {}", r.0);
    r
}

fn main() {
    let a = R("a".to_string());
    let b = R("b".to_string());
    let c = R("c".to_string());
    consume(a);
    println!("after consume");
    drop(b);
    println!("after drop(b)");
    let c2 = pass_through(c);
    println!("got back {}", c2.0);
    let d = R("d".to_string());
    let moved = d;
    println!("moved {}", moved.0);
    let _ = R("underscore".to_string());
    println!("after let _");
    let _keep = R("keep".to_string());
    println!("end of main");
}
