// A `#[cfg(test)] mod tests` and `#[test]` functions are removed from a normal build, unchecked:
// their bodies would not even type-check.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&mut self) -> u32 {
        self.n += 1;
        self.n
    }
    #[cfg(test)]
    fn reset(&mut self) {
        self.n = "zero";
    }
}

#[test]
fn top_level_test() {
    let s: String = 5;
    assert_eq!(add(1, 1), 3);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(x: u8) -> u8 {
        x
    }

    #[test]
    fn adds() {
        assert_eq!(add(2, 2), 4);
        missing_function();
    }
}

fn main() {
    let mut c = Counter { n: 0 };
    c.bump();
    println!("{} {}", add(2, 3), c.bump());
}
