// Iterators are lazy: building `doubled` runs nothing; each call of
// `next` pulls one element through the adapters.
fn main() {
    let v = vec![1, 2, 3, 4];
    let mut doubled = v.iter().map(|x| x * 2);
    let a = doubled.next();
    let b = doubled.next();
    let rest: Vec<i32> = doubled.filter(|x| *x > 5).collect();
    println!("{:?} {:?} {:?}", a, b, rest);
}
