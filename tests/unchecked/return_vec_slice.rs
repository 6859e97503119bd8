// Returning a slice of a local Vec: the Vec is dropped on return.
fn evens<'a>(_hint: &'a str) -> &'a [i32] {
    let v: Vec<i32> = (1..=6).filter(|n| n % 2 == 0).collect();
    &v[..]
}

fn main() {
    let e = evens("even numbers");
    println!("{:?}", e); // UB: use after free
}
