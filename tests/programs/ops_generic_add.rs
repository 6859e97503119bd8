// Checks: generic functions bounded on std::ops traits (Add<Output = T>), and operator traits on references.
use std::ops::{Add, Mul};

fn sum_all<T: Add<Output = T> + Copy + Default>(xs: &[T]) -> T {
    let mut acc = T::default();
    for &x in xs {
        acc = acc + x;
    }
    acc
}

fn dot<T>(a: &[T], b: &[T]) -> T
where
    T: Mul<Output = T> + Add<Output = T> + Copy + Default,
{
    let mut acc = T::default();
    for i in 0..a.len() {
        acc = acc + a[i] * b[i];
    }
    acc
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Money(i64);

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money(self.0 + o.0)
    }
}

fn main() {
    println!("{}", sum_all(&[1, 2, 3, 4]));
    println!("{}", sum_all(&[0.5, 0.25]));
    println!("{:?}", sum_all(&[Money(100), Money(-30), Money(5)]));
    println!("{}", dot(&[1, 2, 3], &[4, 5, 6]));
    println!("{}", dot(&[1.5, 2.0], &[2.0, 0.25]));
    let a = 5;
    let b = &a + &a;
    let s = String::from("x") + &String::from("y");
    println!("{} {}", b, s);
}
