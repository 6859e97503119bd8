// Generic bodies are borrow-checked with their own parameters: a value of `T` is used twice
// where a bound makes `T` Copy (directly, in a where clause, or through a supertrait), and moves
// otherwise.
trait Number: Copy + std::fmt::Display {
    fn twice(self) -> Self;
}

impl Number for i32 {
    fn twice(self) -> Self {
        self * 2
    }
}

fn dup<T: Copy>(x: T) -> (T, T) {
    (x, x)
}

fn dup_where<T>(x: T) -> [T; 3]
where
    T: Copy,
{
    [x, x, x]
}

fn show_twice<N: Number>(n: N) -> String {
    let first = n;
    format!("{} {} {}", first, n, n.twice())
}

fn take_then_give<T>(x: T) -> T {
    let moved = x;
    let x = moved;
    x
}

struct Holder<T> {
    value: T,
}

impl<T: Copy> Holder<T> {
    fn get_twice(&self) -> (T, T) {
        let a = self.value;
        (a, self.value)
    }
}

fn never_called<T: Clone>(v: Vec<T>) -> Vec<T> {
    let mut out = v.clone();
    out.extend(v);
    out
}

fn main() {
    println!("{:?}", dup(4));
    println!("{:?}", dup_where('x'));
    println!("{}", show_twice(21));
    println!("{}", take_then_give(String::from("moved back")));
    let h = Holder { value: 2.5 };
    println!("{:?}", h.get_twice());
}
