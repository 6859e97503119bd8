// A generic function returning what it collects from a closure that borrows its parameter
// (`v.iter().map(|x| x.clone().max(lo.clone())).collect()` into `Vec<T>`): the result's type is
// the caller's, so it holds no borrow of the body's locals (no E0373).
fn max_all(v: &[i32], lo: i32) -> Vec<i32> {
    v.iter().map(|x| (*x).max(lo.clone())).collect()
}

fn max_all_generic<T: Ord + Clone>(v: &[T], lo: T) -> Vec<T> {
    v.iter().map(|x| x.clone().max(lo.clone())).collect()
}

fn repeated<T: Clone>(v: &[T], lo: T) -> Vec<T> {
    let r: Vec<T> = v.iter().map(|_x| lo.clone()).collect();
    r
}

fn counted<T: Clone>(v: &[T], lo: T) -> usize {
    v.iter().map(|_x| lo.clone()).count()
}

fn main() {
    println!("{:?}", max_all(&[1, 5, 9], 2));
    println!("{:?}", max_all_generic(&[String::from("a"), String::from("c")], String::from("b")));
    println!("{:?}", repeated(&['x', 'y'], 'z'));
    println!("{:?}", counted(&[1.5, 2.5], 0.0));
}
