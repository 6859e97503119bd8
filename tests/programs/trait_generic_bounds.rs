// Checks: generic functions with trait bounds, multiple bounds with +, and where clauses.
use std::fmt::{Debug, Display};

fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn show_both<T: Display + Debug>(x: T) -> String {
    format!("{} / {:?}", x, x)
}

fn compare_print<T, U>(t: &T, u: &U) -> String
where
    T: Display + Clone,
    U: Clone + Debug,
{
    format!("t={} u={:?}", t, u)
}

fn main() {
    println!("{}", largest(&[34, 50, 25, 100, 65]));
    println!("{}", largest(&['y', 'm', 'a', 'q']));
    println!("{}", largest(&[1.5, -2.0, 0.25]));
    println!("{}", show_both("text"));
    println!("{}", show_both(3.5));
    println!("{}", compare_print(&7, &vec![1, 2]));
    println!("{}", compare_print(&String::from("s"), &Some('c')));
}
