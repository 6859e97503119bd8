// Checks: Vec::remove with an out-of-range index panics with rustc's exact "removal index" message.
fn main() {
    let mut v = vec!['a', 'b', 'c'];
    let c = v.remove(1);
    println!("removed {} -> {:?}", c, v);
    let idx = v.len() + 3;
    let d = v.remove(idx);
    println!("{}", d);
}
