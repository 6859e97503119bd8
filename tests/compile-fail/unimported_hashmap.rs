// Checks: HashMap is not in Rust's prelude: naming it needs a use.
fn main() {
    let m: HashMap<i32, i32> = HashMap::new();
    println!("{}", m.len());
}
