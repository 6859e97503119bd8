// Checks: Vec::new, vec![], push, pop, len, indexing, get, first/last, is_empty, insert, remove, extend.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("{} {:?} {}", v.len(), v, v.is_empty());
    v.push(5);
    v.push(6);
    v.push(7);
    v.push(8);
    println!("{:?} len {}", v, v.len());
    let third: &i32 = &v[2];
    println!("The third element is {}", third);
    match v.get(2) {
        Some(t) => println!("get(2) = {}", t),
        None => println!("no third"),
    }
    println!("{:?} {:?}", v.get(100), v.first());
    println!("pop {:?}", v.pop());
    v.insert(0, 1);
    v.insert(2, 99);
    println!("{:?}", v);
    let removed = v.remove(1);
    println!("removed {} -> {:?}", removed, v);
    v.extend([10, 11]);
    v.extend_from_slice(&[12]);
    println!("{:?}", v);
    let w = vec![0; 4];
    let x = vec!["a"; 2];
    println!("{:?} {:?}", w, x);
    v[0] = -1;
    println!("{:?} last {:?}", v, v.last());
    let total: i32 = v.iter().sum();
    println!("{}", total);
}
