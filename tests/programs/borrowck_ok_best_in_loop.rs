// Checks: a reference reassigned in a loop, then the Vec mutated after its last use.
fn main() {
    let mut v = vec![4, 8, 2];
    let mut best = &v[0];
    for x in &v {
        if x > best {
            best = x;
        }
    }
    println!("best {}", best);
    v.push(1);
    println!("{:?}", v);
}
