// Rejects: two `&mut` results of methods on the same value alive at once (E0499).
struct Pair {
    a: i32,
    b: i32,
}

impl Pair {
    fn first(&mut self) -> &mut i32 {
        &mut self.a
    }
    fn second(&mut self) -> &mut i32 {
        &mut self.b
    }
}

fn main() {
    let mut p = Pair { a: 1, b: 2 };
    let x = p.first();
    let y = p.second();
    *x += *y;
    println!("{}", p.a);
}
