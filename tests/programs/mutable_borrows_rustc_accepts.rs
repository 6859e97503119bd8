// Mutable borrows of parts of places that may be borrowed so: through `&mut` bindings, `ref mut`,
// `mut` parameters, closures capturing a `mut` variable, and `mut` arrays and tuples.
struct Q { items: Vec<i32>, arr: [i32; 2] }
fn take(mut q: Q) -> Q { q.items.push(9); q }
fn main() {
    let mut opt = Some(Q { items: vec![], arr: [0, 0] });
    if let Some(q) = &mut opt { q.items.push(1); q.arr[0] = 5; let r = &mut q.arr[1]; *r = 6; q.items.sort(); }
    if let Some(ref mut q) = opt { q.items.push(2); }
    match opt { Some(ref mut q) => q.items.reverse(), None => {} }
    let mut list = vec![Q { items: vec![3], arr: [1, 2] }];
    for q in list.iter_mut() { q.items.push(4); q.arr.sort(); }
    for q in &mut list { q.items.push(5); }
    let mut holder = Q { items: vec![], arr: [0; 2] };
    let mut add = |x: i32| holder.items.push(x);
    add(7);
    add(8);
    let qq = take(Q { items: vec![], arr: [3, 1] });
    let boxed = &mut Box::new(Q { items: vec![], arr: [0; 2] });
    boxed.items.push(1);
    let mut arrs = [[3, 1], [2, 0]];
    arrs[0].sort();
    let mut tuple = (vec![2, 1], 0);
    tuple.0.sort();
    println!("{:?} {:?} {:?} {:?} {:?} {:?} {:?}", opt.map(|q| q.items), list[0].items, holder.items, qq.items, boxed.items, arrs, tuple.0);
}
