// Rejects: `&&` where a closure should be (`|| 5` mutated to `&& 5`): no `Fn` trait is
// implemented for an integer, nor for references to one (E0277; fuzz seed 53 ran it, then
// refused it while running).
fn apply<F: Fn() -> i32>(f: F) -> i32 {
    f()
}

fn main() {
    println!("{}", apply(|| 4));
    println!("{}", apply(&& 5));
}
