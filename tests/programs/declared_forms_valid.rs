// Checks: the valid neighbours of forms rustc rejects: a suffixed discriminant of the enum's
// own `repr` type, range patterns with equal bounds and negative bounds, a trait method whose
// receiver is written `self: &Self` implemented as `&self` (and the other way round), and
// doc comments before a statement and in a macro's arguments.
#[repr(u8)]
#[derive(Debug, Clone, Copy)]
enum Level {
    Low = 1u8,
    High = 10,
}

trait Describe {
    fn describe(self: &Self) -> String;
    fn twice(&self) -> String;
}

struct Tag(char);

impl Describe for Tag {
    fn describe(&self) -> String {
        format!("tag {}", self.0)
    }
    fn twice(self: &Self) -> String {
        format!("{}{}", self.0, self.0)
    }
}

fn bucket(n: i32) -> &'static str {
    match n {
        -10..-1 => "negative",
        -1..=-1 => "minus one",
        0..=0 => "zero",
        1..=9 => "small",
        _ => "large",
    }
}

fn letter(c: char) -> bool {
    matches!(c, 'a'..='a' | 'x'..='z')
}

fn main() {
    println!("{:?} {} {:?}", Level::Low, Level::High as u8, Level::High);
    let t = Tag('q');
    /// a doc comment on a statement is only unused
    let d = t.describe();
    println!("{} {}", d, t.twice());
    for n in [-5, -1, 0, 3, 42] {
        println!("{} {}", n, bucket(n));
    }
    println!("{} {} {}", letter('a'), letter('b'), letter('y'));
}
