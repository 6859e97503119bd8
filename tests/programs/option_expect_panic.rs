// Checks: Option::expect on None panics with exactly the given message and the call-site location.
fn main() {
    let names = ["ann", "bob"];
    let first = names.iter().find(|n| n.starts_with('b')).expect("no name starting with b");
    println!("found {}", first);
    let missing = names.iter().find(|n| n.starts_with('z'));
    println!("missing: {:?}", missing);
    let z = missing.expect("no name starting with z");
    println!("{}", z);
}
