use std::fmt::Display;
fn show<T: Display>(x: &T) { println!("{}", x); }
fn main() {
    show("hello");
}
