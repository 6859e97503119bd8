// Pushing past the capacity reallocates the buffer. In the book model std
// allocates a bigger block, copies the elements over and frees the old one;
// in the real model glibc grows the block where it is when the memory after
// it is free (here it is), so the buffer keeps its address.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    for i in 1..=5 {
        v.push(i * 10);
        println!("len {} capacity {}", v.len(), v.capacity());
    }
    let first = &v[0];
    println!("first = {}", first);
}
