// The one impl fixes the literal's type to `u8`, where 256 is out of range.
trait Count {
    fn count(self) -> u32;
}

impl Count for u8 {
    fn count(self) -> u32 {
        self as u32
    }
}

impl Count for &str {
    fn count(self) -> u32 {
        self.len() as u32
    }
}

fn main() {
    println!("{}", 256.count());
}
