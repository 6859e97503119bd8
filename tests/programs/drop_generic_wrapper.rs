// Checks: a generic struct's Drop impl runs before its payload drops, for each instantiation.
use std::fmt::Debug;

struct Noisy(u8);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop Noisy({})", self.0);
    }
}
impl Debug for Noisy {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "N{}", self.0)
    }
}

struct Wrapper<T: Debug> {
    label: &'static str,
    value: T,
}
impl<T: Debug> Drop for Wrapper<T> {
    fn drop(&mut self) {
        println!("drop Wrapper {} holding {:?}", self.label, self.value);
    }
}

fn main() {
    let _a = Wrapper { label: "number", value: 42 };
    let _b = Wrapper { label: "noisy", value: Noisy(1) };
    let _c = Wrapper { label: "tuple", value: (Noisy(2), Noisy(3)) };
    println!("built three wrappers");
}
