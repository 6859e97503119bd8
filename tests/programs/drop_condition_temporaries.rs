// Checks: condition temporaries drop before the branch runs; if-let and while-let scrutinees drop before else / after the loop.
struct Noisy(i32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn make(n: i32) -> Noisy {
    Noisy(n)
}
fn maybe(n: i32) -> Option<Noisy> {
    if n > 0 { Some(Noisy(n)) } else { None }
}
fn main() {
    if make(1).0 == 1 {
        println!("then 1");
    }
    if make(2).0 == 3 {
        println!("then 2");
    } else {
        println!("else 2");
    }
    if let Some(n) = maybe(0).map(|x| x.0) {
        println!("got {}", n);
    } else {
        println!("else 3");
    }
    if let Some(Noisy(n)) = maybe(0) {
        println!("got {}", n);
    } else {
        println!("else 4");
    }
    if let Some(x) = maybe(5) {
        println!("got {}", x.0);
    } else {
        println!("else 5");
    }
    let mut i = 0;
    while make(i).0 < 2 {
        println!("loop {}", i);
        i += 1;
    }
    let mut items = vec![maybe(1), None, maybe(7)];
    while let Some(Some(x)) = items.pop() {
        println!("popped {}", x.0);
    }
    println!("end");
}
