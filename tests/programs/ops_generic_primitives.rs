// Checks: std's operator impls for the primitive types behind generic bounds: Add, Sub, Mul,
// Div, Rem, AddAssign, Neg, Not, BitXor and Shl on integers, floats and bool, and the
// operator methods called by name.
use std::ops::{Add, AddAssign, BitXor, Div, Mul, Neg, Not, Rem, Shl, Sub};

fn combine<T: Add<Output = T> + Sub<Output = T> + Mul<Output = T> + Copy>(a: T, b: T) -> (T, T, T) {
    (a + b, a - b, a * b)
}

fn div_rem<T: Div<Output = T> + Rem<Output = T> + Copy>(a: T, b: T) -> (T, T) {
    (a / b, a % b)
}

fn total<T: AddAssign + Default + Copy>(xs: &[T]) -> T {
    let mut acc = T::default();
    for &x in xs {
        acc += x;
    }
    acc
}

fn flip<T: Neg<Output = T>>(x: T) -> T {
    -x
}

fn invert<T: Not<Output = T>>(x: T) -> T {
    !x
}

fn mix<T: BitXor<Output = T> + Shl<Output = T> + Copy>(a: T, b: T) -> (T, T) {
    (a ^ b, a << b)
}

fn main() {
    println!("{:?} {:?}", combine(7, 3), combine(2.5, 0.5));
    println!("{:?} {:?} {:?}", div_rem(17u8, 5), div_rem(-17i64, 5), div_rem(7.5f32, 2.0));
    println!("{} {} {}", total(&[1u16, 2, 3]), total(&[0.25, 0.5]), total::<i8>(&[]));
    println!("{} {} {}", flip(5), flip(-2.5), flip(i32::MAX));
    println!("{} {} {}", invert(true), invert(0u8), invert(5i32));
    println!("{:?} {:?}", mix(6u32, 3), mix(1i64, 62));
    println!("{} {} {}", 3.add(4), 10u64.sub(1), 2.5f64.mul(2.0));
    let mut x = 5;
    x.add_assign(10);
    println!("{}", x);
}
