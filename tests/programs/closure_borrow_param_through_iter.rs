// A closure borrowing a parameter, passed to an iterator over a `&mut` parameter's pointee:
// the borrow lives in the iterator, not in what the parameter points at.
fn position(v: &mut Vec<u32>, id: u32) -> Option<usize> {
    v.iter().position(|x| *x == id)
}
fn any_mut(v: &mut Vec<u32>, id: u32) -> bool {
    v.iter_mut().any(|x| *x == id)
}
fn in_slice(v: &mut [u32], id: u32) -> Option<usize> {
    v.iter().position(|x| *x == id)
}
fn found(v: &mut Vec<u32>, id: u32) -> Option<&u32> {
    v.iter().find(|x| **x == id)
}
fn shifted(v: &mut Vec<u32>, by: u32) -> Vec<u32> {
    v.iter().map(|x| x + by).collect()
}
fn drop_all(v: &mut Vec<u32>, id: u32) {
    v.retain(|x| *x != id)
}
fn count_shared(v: &Vec<u32>, id: u32) -> usize {
    v.iter().filter(|x| **x == id).count()
}
fn named_iter(v: &mut Vec<u32>, id: u32) -> bool {
    let mut it = v.iter();
    it.any(|x| *x == id)
}
fn add_all(v: &mut Vec<u32>, by: u32) {
    v.iter_mut().for_each(|x| *x += by)
}
fn find_mut(v: &mut Vec<u32>, id: u32) -> Option<&mut u32> {
    v.iter_mut().find(|x| **x == id)
}
fn prefixed(v: &mut Vec<String>, p: &str) -> usize {
    v.iter().filter(|s| s.starts_with(p)).count()
}
fn main() {
    let mut v = vec![1, 2, 3, 2];
    println!("{:?} {} {:?}", position(&mut v, 2), any_mut(&mut v, 5), in_slice(&mut v, 3));
    println!("{:?}", found(&mut v, 3));
    println!("{:?} {}", shifted(&mut v, 10), count_shared(&v, 2));
    drop_all(&mut v, 2);
    println!("{:?}", v);
    println!("{}", named_iter(&mut v, 3));
    add_all(&mut v, 1);
    if let Some(x) = find_mut(&mut v, 4) {
        *x = 40;
    }
    println!("{:?}", v);
    let mut words = vec!["ab".to_string(), "b".to_string(), "ax".to_string()];
    println!("{}", prefixed(&mut words, "a"));
}
