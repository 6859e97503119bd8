// std's Default impls reached by derive(Default) and Default::default(): &str, &[T], &mut [T],
// Option, tuples, arrays (any T at length 0), Box, Vec of references, generic structs.
#[derive(Default, Debug)]
struct S { names: Vec<&'static str>, s: &'static str, sl: &'static [i32], o: Option<u8>, t: (i32, bool), a: [u8; 4], e: [String; 0], b: Box<u8>, m: &'static mut [u8] }
#[derive(Default, Debug, Clone)]
struct G<T> { x: T, v: Vec<T> }
fn make<T: Default>() -> T { T::default() }
fn main() {
    let mut s = S::default();
    s.names.push("a");
    println!("{:?}", s);
    println!("{:?} {}", s.sl.len(), s.s.is_empty());
    let g: G<&str> = G::default();
    println!("{:?}", g);
    let d: (&str, &[u8], [i64; 32], (u8, char)) = Default::default();
    println!("{:?}", d);
    println!("{:?} {:?}", make::<&[char]>(), make::<[Option<bool>; 3]>());
    let z: [Vec<u8>; 2] = Default::default();
    println!("{:?}", z);
}
