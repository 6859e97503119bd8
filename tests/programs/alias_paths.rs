// A type alias names its type in paths: variants, associated functions, struct literals and patterns.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Operations {
    Add,
    Sub(i32),
    Mul { by: i32 },
}
type Ops = Operations;

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}
type P = Point;

impl Point {
    fn origin() -> P {
        P { x: 0, y: 0 }
    }
}

#[derive(Debug)]
struct Pair<T> {
    a: T,
    b: T,
}
type IntPair = Pair<i64>;
type Stack<T> = Vec<T>;
type Num = i64;
type Ratio = f32;
type Text = String;
type Couple = (u8, u8);

fn apply(op: Ops, v: i32) -> i32 {
    match op {
        Ops::Add => v + 1,
        Ops::Sub(n) => v - n,
        Operations::Mul { by } => v * by,
    }
}

fn main() {
    let ops = [Ops::Add, Ops::Sub(3), Ops::Mul { by: 4 }];
    for op in ops {
        println!("{:?} -> {}", op, apply(op, 10));
    }
    if let Ops::Sub(n) = ops[1] {
        println!("sub {}", n);
    }
    println!("{}", ops[0] == Operations::Add);
    let p = P { x: 1, y: 2 };
    let P { x, y } = p;
    println!("{} {} {:?}", x, y, P::origin());
    let q = IntPair { a: 5, b: 6 };
    let IntPair { a, .. } = q;
    println!("{} {:?}", a, q);
    let mut s: Stack<u8> = Stack::new();
    s.push(1);
    let t: Stack<u16> = vec![2u16, 3];
    println!("{:?} {:?} {}", s, t, Stack::<i32>::with_capacity(4).capacity() >= 4);
    let n: Num = Num::MAX - 1;
    let p: Couple = (1, 2);
    println!("{} {} {} {:?} {}", n, Num::MIN, Ratio::MAX, p, u32::BITS);
    let t = Text::from("hi");
    println!("{} {}", t, Text::new().is_empty());
}
