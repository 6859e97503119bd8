// Checks: a trait implemented for several concrete types (i32, String, Vec<T>) and a generic impl over T: Display.
use std::fmt::Display;

trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("int {}", self)
    }
}

impl Describe for String {
    fn describe(&self) -> String {
        format!("string {:?} of len {}", self, self.len())
    }
}

impl<T: Describe> Describe for Vec<T> {
    fn describe(&self) -> String {
        let inner: Vec<String> = self.iter().map(|x| x.describe()).collect();
        format!("vec [{}]", inner.join("; "))
    }
}

trait Shout {
    fn shout(&self) -> String;
}

impl<T: Display> Shout for T {
    fn shout(&self) -> String {
        format!("{}!!", self.to_string().to_uppercase())
    }
}

fn main() {
    println!("{}", 5.describe());
    println!("{}", String::from("hi").describe());
    println!("{}", vec![1, 2, 3].describe());
    println!("{}", vec![vec![String::from("x")], vec![]].describe());
    println!("{}", "hello".shout());
    println!("{}", 3.5.shout());
    println!("{}", 'c'.shout());
}
