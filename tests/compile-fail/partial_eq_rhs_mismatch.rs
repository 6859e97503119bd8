// Rejects: `impl PartialEq<i32>` whose `eq` takes `&u32` (E0053; fuzz seed 71): the trait's
// argument is the type of `other`.
struct Version {
    major: u32,
}

impl PartialEq<i32> for Version {
    fn eq(&self, other: &u32) -> bool {
        self.major == *other
    }
}

fn main() {
    let v = Version { major: 3 };
    println!("{}", v == 3);
}
