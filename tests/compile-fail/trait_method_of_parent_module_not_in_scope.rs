// Rejects: a trait declared in the crate root is not in scope inside a nested module without a
// `use` (E0599), though its impl is.
trait Describe {
    fn describe(&self) -> String;
}

impl Describe for u8 {
    fn describe(&self) -> String {
        format!("byte {}", self)
    }
}

mod report {
    pub fn line(b: u8) -> String {
        b.describe()
    }
}

fn main() {
    println!("{}", report::line(7));
}
