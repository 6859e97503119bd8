// Checks: manual PartialEq and PartialOrd impls (including comparing different types) used by ==, <, and sort_by.
use std::cmp::Ordering;

#[derive(Debug)]
struct Version {
    major: u32,
    minor: u32,
    label: String,
}

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.major == other.major && self.minor == other.minor
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.major.cmp(&other.major).then(self.minor.cmp(&other.minor)))
    }
}

impl PartialEq<u32> for Version {
    fn eq(&self, other: &u32) -> bool {
        self.major == *other
    }
}

fn v(major: u32, minor: u32, label: &str) -> Version {
    Version { major, minor, label: label.to_string() }
}

fn main() {
    let a = v(1, 2, "a");
    let b = v(1, 2, "b");
    let c = v(2, 0, "c");
    println!("{} {} {}", a == b, a != c, a < c);
    println!("{} {}", c > b, a <= b);
    println!("{} {}", c == 2, a == 2);
    let mut list = vec![v(3, 1, "x"), v(1, 9, "y"), v(3, 0, "z"), v(1, 9, "w")];
    list.sort_by(|p, q| p.partial_cmp(q).unwrap());
    for x in &list {
        println!("{}.{} {}", x.major, x.minor, x.label);
    }
}
