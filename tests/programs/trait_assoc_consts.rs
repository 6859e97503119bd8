// Associated consts: a trait's, required and defaulted (`T::ZERO` through a bound, `Self::NAME` in
// a default method, `<Y as HasId>::ID`, one impl's value from another's), an inherent impl's of a
// struct value and an array, a const-generic impl's (`N * 2`, `[0; N]`), a generic impl's naming
// its parameter's trait const, and a `&'static` borrow of one.
use std::fmt::Debug;
trait Unit {
    const ZERO: Self;
    const ONE: Self;
    const NAME: &'static str;
    fn describe() -> String {
        format!("{} {:?}", Self::NAME, Self::SIZE_HINT)
    }
    const SIZE_HINT: usize = 8;
}
impl Unit for i32 {
    const ZERO: i32 = 0;
    const ONE: i32 = 1;
    const NAME: &'static str = "i32";
}
impl Unit for f64 {
    const ZERO: f64 = 0.0;
    const ONE: f64 = 1.0;
    const NAME: &'static str = "f64";
    const SIZE_HINT: usize = 64;
}
#[derive(Debug, Clone, Copy, PartialEq)]
struct V2 {
    x: i32,
    y: i32,
}
impl V2 {
    const ORIGIN: V2 = V2 { x: 0, y: 0 };
    const UNIT: [V2; 2] = [V2 { x: 1, y: 0 }, V2 { x: 0, y: 1 }];
}
impl Unit for V2 {
    const ZERO: V2 = V2::ORIGIN;
    const ONE: V2 = V2 { x: 1, y: 1 };
    const NAME: &'static str = "V2";
}
fn sum<T: Unit + Copy + std::ops::Add<Output = T>>(xs: &[T]) -> T {
    let mut acc = T::ZERO;
    for &x in xs {
        acc = acc + x;
    }
    acc
}
impl std::ops::Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 {
            x: self.x + o.x,
            y: self.y + o.y,
        }
    }
}
struct Buf<const N: usize>;
impl<const N: usize> Buf<N> {
    const CAP: usize = N * 2;
    const EMPTY: [u8; N] = [0; N];
    fn cap(&self) -> usize {
        Self::CAP
    }
}
struct Wrapper<T>(T);
impl<T: Unit + Debug> Wrapper<T> {
    const LABEL: &'static str = T::NAME;
    fn show(&self) -> String {
        format!("{} {:?}", Self::LABEL, T::ONE)
    }
}
trait HasId {
    const ID: u32;
}
struct A;
struct B;
impl HasId for A {
    const ID: u32 = 1;
}
impl HasId for B {
    const ID: u32 = A::ID + 10;
}
fn ids<X: HasId, Y: HasId>() -> (u32, u32) {
    (X::ID, <Y as HasId>::ID)
}
fn main() {
    println!("{} {}", sum(&[1, 2, 3]), sum(&[0.5, 0.25]));
    println!("{:?}", sum(&[V2 { x: 1, y: 2 }, V2::ONE]));
    println!("{} {}", i32::describe(), <f64 as Unit>::describe());
    println!("{:?} {:?} {}", V2::ORIGIN, V2::UNIT, V2::UNIT.len());
    println!("{} {:?} {}", Buf::<3>.cap(), Buf::<2>::EMPTY, Buf::<5>::CAP);
    println!("{}", Wrapper(2.5f64).show());
    println!("{:?} {}", ids::<A, B>(), <B as HasId>::ID);
    let r: &'static V2 = &V2::ORIGIN;
    println!("{:?}", r);
}
