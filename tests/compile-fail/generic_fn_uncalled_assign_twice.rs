// A generic function is borrow-checked once, with its own parameters, called or not.
fn set<T: Copy>(v: T) -> T {
    let x = v;
    x = v;
    x
}

fn main() {
    println!("nothing calls set");
}
