// Checks: moving elements out of an array by a pattern (`let [x, _, _] = a;`, with `..` from
// both ends; rustc's E0508 is for a run-time index only), what is left of it dropped at its
// scope's end.
#[derive(Debug)]
struct Named(String);

impl Drop for Named {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn named(s: &str) -> Named {
    Named(s.to_string())
}

fn main() {
    let a = [named("a0"), named("a1"), named("a2")];
    let [first, _, _] = a;
    println!("took {:?}", first);
    let b = [named("b0"), named("b1"), named("b2"), named("b3")];
    let [head, .., tail] = b;
    println!("took {:?} and {:?}", head, tail);
    drop(tail);
    println!("moved the ends");
    let pairs = [(1, named("p1")), (2, named("p2"))];
    let [(n, _), (_, second)] = pairs;
    println!("{} {:?}", n, second);
}
