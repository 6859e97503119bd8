// assert_eq! between a Vec and an array prints both sides with their own Debug.
fn main() {
    let v: Vec<u8> = (1..4).collect();
    assert_eq!(v, [1, 2, 3]);
    let s: &[u8] = &v;
    assert_ne!(s, [3, 2, 1]);
    println!("ok so far");
    assert_eq!(v, [1, 2], "lengths differ: {}", v.len());
}
