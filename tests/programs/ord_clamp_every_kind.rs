// Ord::clamp on every kind of type: a derived Ord, a reference, String, char, a tuple, bool,
// Option, a generic T: Ord inside a closure, values with Drop (which of the three is kept and
// the order the others drop in); then a derived type's min > max, which std's default method
// asserts inside core (located there, as rustc's is).
#[derive(PartialEq, Eq, PartialOrd, Ord, Debug)]
struct K(u8);
#[derive(PartialEq, Eq, PartialOrd, Ord, Debug)]
struct N(String);
impl Drop for N {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn clamp_all<T: Ord + std::fmt::Debug>(v: &[T], lo: T, hi: T) -> Vec<T>
where
    T: Clone,
{
    v.iter()
        .map(|x| x.clone().clamp(lo.clone(), hi.clone()))
        .collect()
}
fn main() {
    println!("{:?}", K(5).clamp(K(1), K(3)));
    println!("{:?}", (&5).clamp(&1, &3));
    println!(
        "{:?}",
        String::from("m").clamp(String::from("a"), String::from("c"))
    );
    println!("{:?}", 'x'.clamp('a', 'c'));
    println!("{:?}", (1, 2).clamp((0, 0), (1, 1)));
    println!("{:?}", true.clamp(false, false));
    println!("{:?}", clamp_all(&[1, 5, 9], 2, 6));
    println!("{:?}", Some(4).clamp(None, Some(2)));
    let n = N("mid".into()).clamp(N("lo".into()), N("hi".into()));
    println!("got {:?}", n.0);
    let n2 = N("b".into()).clamp(N("a".into()), N("c".into()));
    println!("got {:?}", n2.0);
    let k = K(7).clamp(K(9), K(8));
    println!("{:?}", k);
}
