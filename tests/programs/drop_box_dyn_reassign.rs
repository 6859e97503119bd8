// Checks: assigning a new Box<dyn Trait> drops the old boxed value (with its own Drop) at once.
trait Label {
    fn label(&self) -> &'static str;
}

struct First;
struct Second(u32);

impl Label for First {
    fn label(&self) -> &'static str {
        "first"
    }
}
impl Label for Second {
    fn label(&self) -> &'static str {
        "second"
    }
}
impl Drop for First {
    fn drop(&mut self) {
        println!("drop First");
    }
}
impl Drop for Second {
    fn drop(&mut self) {
        println!("drop Second({})", self.0);
    }
}

fn make(n: u32) -> Box<dyn Label> {
    if n == 0 { Box::new(First) } else { Box::new(Second(n)) }
}

fn main() {
    let mut current = make(0);
    println!("current {}", current.label());
    current = make(1);
    println!("current {}", current.label());
    current = make(2);
    println!("current {}", current.label());
    let other: Box<dyn Label> = Box::new(First);
    println!("end of main, other {}", other.label());
}
