// Tuple-struct and tuple-variant constructors used as functions: passed to `map`, bound to a
// variable, passed as `F: Fn`, coerced to a `fn` pointer; each is a zero-sized fn item.
#[derive(Debug)]
struct Wrapper(i32);

#[derive(Debug)]
struct Pair(u8, String);

#[derive(Debug, Clone, Copy)]
struct Meters<T>(T);

#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect(f64, f64),
}

fn apply<F: Fn(i32) -> Wrapper>(f: F, x: i32) -> Wrapper {
    f(x)
}

fn main() {
    let v: Vec<Option<i32>> = vec![1, 2].into_iter().map(Some).collect();
    println!("{:?}", v);
    let w: Vec<Wrapper> = (1..4).map(Wrapper).collect();
    println!("{:?}", w);
    let s: Vec<Shape> = vec![1.0, 2.5].into_iter().map(Shape::Circle).collect();
    println!("{:?}", s);

    let f = Some;
    println!("{:?} {}", f(3), std::mem::size_of_val(&f));
    let g = Pair;
    println!("{:?}", g(1, String::from("x")));
    let r = Shape::Rect;
    println!("{:?}", r(1.0, 2.0));
    println!("{:?}", apply(Wrapper, 9));

    let e: Result<u8, String> = Err(String::from("bad"));
    println!("{:?}", e.map_err(Some));
    let p: fn(i32) -> Wrapper = Wrapper;
    println!("{:?} {}", p(5), std::mem::size_of_val(&p));
    let oks: Vec<Result<i32, ()>> = [4, 5].iter().copied().map(Ok).collect();
    println!("{:?}", oks);

    #[derive(Debug)]
    struct Local(u8, u8);
    let make = Local;
    println!("{:?}", make(1, 2));
    let nested: Vec<Option<Meters<i64>>> = vec![3i64, 4].into_iter().map(Meters).map(Some).collect();
    println!("{:?}", nested);
    let names: Vec<Pair> = vec![String::from("a"), String::from("bc")].into_iter().enumerate().map(|(i, s)| (i as u8, s)).map(|(i, s)| Pair(i, s)).collect();
    println!("{:?}", names);
}
