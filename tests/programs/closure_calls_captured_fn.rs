// Checks: closures calling captured closures: an `Fn` one is borrowed shared (called through `&`),
// through a reference too, and a parameter with an `Fn` bound is called by a closure of its own.
fn apply<F: Fn(i32) -> i32>(f: F) -> i32 {
    let both = |x| f(x) + f(x);
    both(1)
}

fn main() {
    let add = |x: i32| x + 1;
    let twice = |x| add(add(x));
    println!("{}", twice(1));
    println!("{}", apply(|x| x * 3));
    let r = &add;
    let thrice = || r(r(r(0)));
    println!("{} {}", thrice(), add(10));
}
