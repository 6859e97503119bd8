// Checks: mutating an Option's contents through `as_mut`, then replacing the Option.
fn main() {
    let mut slot: Option<Vec<i32>> = Some(vec![1]);
    if let Some(v) = slot.as_mut() {
        v.push(2);
    }
    let len = slot.as_ref().map(|v| v.len()).unwrap_or(0);
    slot = None;
    println!("{} {:?}", len, slot);
}
