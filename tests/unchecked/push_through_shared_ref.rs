// A Vec pushed to through a `&Vec`.
fn add(v: &Vec<i32>) {
    v.push(4); // UB: write through shared
}

fn main() {
    let mut v = vec![1, 2, 3];
    add(&v);
    println!("{:?}", v);
}
