// Without a `Copy` bound, a value of a type parameter moves, whatever type the call gives it.
fn pair<T>(x: T) -> (T, T) {
    let a = x;
    let b = x;
    (a, b)
}

fn main() {
    let (a, b) = pair(3);
    println!("{} {}", a, b);
}
