// Pushing past the capacity moves the buffer: std allocates a bigger
// block, copies the elements over and frees the old one.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    for i in 1..=5 {
        v.push(i * 10);
        println!("len {} capacity {}", v.len(), v.capacity());
    }
    let first = &v[0];
    println!("first = {}", first);
}
