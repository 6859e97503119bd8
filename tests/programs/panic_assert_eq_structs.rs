// Checks: assert_eq! failure between two derived-Debug structs prints left/right Debug output.
#[derive(Debug, PartialEq)]
struct P {
    x: i32,
    tag: &'static str,
}

fn main() {
    let a = P { x: 1, tag: "a" };
    assert_eq!(a, P { x: 1, tag: "a" });
    println!("first assert passed");
    let b = P { x: 2, tag: "b" };
    assert_eq!(a, b, "points differ at step {}", 2);
}
