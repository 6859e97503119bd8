// Checks: unimplemented!("...") with a formatted message panics with "not implemented: <msg>".
fn op(name: &str, a: i32, b: i32) -> i32 {
    match name {
        "add" => a + b,
        "sub" => a - b,
        other => unimplemented!("operator {} for {} and {}", other, a, b),
    }
}

fn main() {
    println!("{}", op("add", 2, 3));
    println!("{}", op("sub", 2, 3));
    println!("{}", op("pow", 2, 3));
}
