// std's PartialEq between arrays, slices, Vec and references to them (core's array/equality.rs,
// alloc's vec/partial_eq.rs), in `==`, `!=`, assert_eq! and assert_ne!.
fn main() {
    let mut a = [1, 2, 3];
    let b = &mut a;
    assert_eq!(b, &mut [1, 2, 3]);
    let v = vec![1, 2, 3];
    println!("{}", v == [1, 2, 3]);
    println!("{}", &v[..] == [1, 2, 3]);
    println!("{}", [1, 2] == v[..2]);
    println!("{}", v == &[1, 2, 3]);
    println!("{}", v == &[1, 2, 3][..]);
    let r = &v;
    println!("{}", *r == vec![1, 2, 3]);
    println!("{}", &[1, 2, 3][..] == v);
    let mut w = vec![4, 5];
    let m: &mut [i32] = &mut w;
    println!("{}", m == [4, 5]);
    println!("{}", v[..] == [1, 2, 3]);
    println!("{}", v != [1, 2]);
    let s = String::from("x");
    assert_eq!(s, "x");
    assert_ne!(v, [3, 2, 1]);
    assert_eq!(v[..], [1, 2, 3]);
    let names = vec!["a", "b"];
    assert_eq!(names, ["a", "b"]);
    println!("{}", r == &[1, 2, 3]);
    let arr = [[1u8, 2], [3, 4]];
    println!("{}", arr == [[1, 2], [3, 4]]);
    println!("{}", arr[..] == [[1, 2], [3, 4]]);
    let sl: &[i32] = &[];
    println!("{}", sl == []);
}
