// Checks: popping and pushing in a loop on the same Vec.
fn main() {
    let mut stack = vec![3];
    let mut out = Vec::new();
    while let Some(top) = stack.pop() {
        out.push(top);
        if top > 0 {
            stack.push(top - 1);
        }
    }
    println!("{:?}", out);
}
