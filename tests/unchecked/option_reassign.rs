// Assigning `None` drops the String a reference points into.
fn main() {
    let mut slot = Some(String::from("first"));
    let inside = slot.as_ref().unwrap();
    slot = None;
    println!("{:?}", slot);
    println!("{}", inside); // UB: invalidated
}
