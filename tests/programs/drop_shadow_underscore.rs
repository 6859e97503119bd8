// Checks: `let _ = expr` drops at once, `let _x = expr` at scope end; shadowing does not drop.
struct Noisy(i32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(n: i32) -> Noisy {
    println!("make {}", n);
    Noisy(n)
}

fn main() {
    let _ = make(1);
    println!("after let _");
    let _x = make(2);
    println!("after let _x");
    let a = make(3);
    let a = make(4);
    println!("shadowed, a = {}", a.0);
    let b = make(5);
    let _moved = b;
    println!("end of main");
}
