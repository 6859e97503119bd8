// Checks: assert! with a custom formatted message failing inside a loop, after several passing iterations.
fn main() {
    let data = [2, 4, 6, 7, 8];
    for (i, &x) in data.iter().enumerate() {
        assert!(x % 2 == 0, "element {} ({}) is odd", i, x);
        println!("element {} ok: {}", i, x);
    }
}
