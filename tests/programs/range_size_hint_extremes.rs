// Range size hints across each integer type's whole span: the difference is computed without
// overflow (wrapping in isize, or unsigned), and 128-bit spans beyond usize have no upper bound.
fn main() {
    println!("{:?}", (i32::MIN..3).size_hint());
    println!("{:?}", (i8::MIN..i8::MAX).size_hint());
    println!("{:?}", (i16::MIN..=i16::MAX).size_hint());
    println!("{:?}", (i64::MIN..i64::MAX).size_hint());
    println!("{:?}", (isize::MIN..=isize::MAX).size_hint());
    println!("{:?}", (0u8..255).size_hint());
    println!("{:?}", (0u64..=u64::MAX).size_hint());
    println!("{:?}", (0usize..=usize::MAX).size_hint());
    println!("{:?}", (1usize..=usize::MAX).size_hint());
    println!("{:?}", (0u128..u128::MAX).size_hint());
    println!("{:?}", (0u128..1000).size_hint());
    println!("{:?}", (i128::MIN..i128::MAX).size_hint());
    println!("{:?}", (-5i128..=5).size_hint());
    println!("{:?}", (5i32..(-5)).size_hint());
    println!("{:?}", (5i32..=(-5)).size_hint());
    println!("{:?}", ('a'..'z').size_hint());
    println!("{:?}", ('\u{D7FF}'..='\u{E000}').size_hint());
    println!("{}", (i32::MIN..i32::MAX).len());
    println!("{}", (-3i8..=100).count());
    let mut r = i64::MIN..=i64::MIN + 2;
    r.next();
    println!("{:?} {:?}", r.size_hint(), r);
    let v: Vec<i16> = (i16::MAX - 3..=i16::MAX).collect();
    println!("{:?}", v);
}
