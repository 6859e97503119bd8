// Checks: conditional method implementation on Pair<T> with `impl<T: Display + PartialOrd>`, and generic enums.
use std::fmt::Display;

struct Pair<T> {
    x: T,
    y: T,
}

impl<T> Pair<T> {
    fn new(x: T, y: T) -> Self {
        Self { x, y }
    }
    fn swap(self) -> Pair<T> {
        Pair { x: self.y, y: self.x }
    }
}

impl<T: Display + PartialOrd> Pair<T> {
    fn cmp_display(&self) {
        if self.x >= self.y {
            println!("The largest member is x = {}", self.x);
        } else {
            println!("The largest member is y = {}", self.y);
        }
    }
}

#[derive(Debug)]
enum Either<L, R> {
    Left(L),
    Right(R),
}

fn split(v: Vec<i32>) -> Vec<Either<i32, String>> {
    v.into_iter().map(|n| if n >= 0 { Either::Left(n) } else { Either::Right(format!("neg{}", -n)) }).collect()
}

fn main() {
    Pair::new(3, 9).cmp_display();
    Pair::new("pear", "apple").cmp_display();
    Pair::new(2.5, 2.5).swap().cmp_display();
    let p = Pair::new(vec![1], vec![2]).swap();
    println!("{:?} {:?}", p.x, p.y);
    println!("{:?}", split(vec![1, -2, 3]));
}
