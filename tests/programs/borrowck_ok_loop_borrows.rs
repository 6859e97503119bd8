// Checks: borrows taken inside a loop end in each iteration.
fn main() {
    let mut v = vec![1];
    for i in 0..5 {
        let last = *v.last().unwrap();
        v.push(last + i);
    }
    let mut total = 0;
    for x in &v {
        total += x;
    }
    v.push(total);
    println!("{:?}", v);
}
