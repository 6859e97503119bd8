// Rejects: a closure that mutates its capture, bound to a variable, passed where Fn is required (E0525).
fn call<F: Fn() -> i32>(f: F) -> i32 {
    f()
}

fn main() {
    let mut n = 0;
    let bump = || {
        n += 1;
        n
    };
    println!("{}", call(bump));
}
