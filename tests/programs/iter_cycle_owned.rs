// `cycle()` over by-value iterators clones them: std's vec::IntoIter clones what is left into
// a buffer of its own, so the copies never share their elements.
fn main() {
    let a = vec![1, 2];
    let b = vec![3];
    let v: Vec<i32> = a.into_iter().chain(b.into_iter()).cycle().take(7).collect();
    println!("{:?}", v);

    let words = vec![String::from("x"), String::from("yz")];
    let w: Vec<String> = words.into_iter().chain(vec![String::from("end")]).cycle().take(5).collect();
    println!("{:?}", w);

    let mut it = vec![String::from("a"), String::from("b"), String::from("c")].into_iter();
    it.next();
    let copy = it.clone();
    println!("{:?} {:?} {:?}", it.next(), it.len(), copy.len());

    let empty: Vec<u8> = Vec::new();
    println!("{:?}", empty.into_iter().cycle().next());
}
