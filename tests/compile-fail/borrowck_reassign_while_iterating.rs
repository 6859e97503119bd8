// Rejects: replacing a Vec while iterating over it (E0506).
fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter() {
        if *x == 2 {
            v = Vec::new();
        }
    }
    println!("{:?}", v);
}
