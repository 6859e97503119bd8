// Checks: passing closures to generic functions bounded by Fn, FnMut and FnOnce, and passing fn items as values.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_twice<F>(mut f: F)
where
    F: FnMut(),
{
    f();
    f();
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn double(x: i32) -> i32 {
    x * 2
}

fn compose(f: impl Fn(i32) -> i32, g: impl Fn(i32) -> i32) -> impl Fn(i32) -> i32 {
    move |x| g(f(x))
}

fn main() {
    println!("{}", apply(|x| x + 1, 5));
    println!("{}", apply(double, 5));
    let offset = 100;
    println!("{}", apply(|x| x + offset, 5));
    let mut log = Vec::new();
    apply_twice(|| log.push(log.len()));
    println!("{:?}", log);
    let s = String::from("owned string");
    println!("{}", consume(move || s + "!"));
    let h = compose(double, |x| x - 3);
    println!("{} {}", h(10), h(0));
    let fp: fn(i32) -> i32 = double;
    println!("{}", fp(21));
    let ops: Vec<(&str, fn(i32, i32) -> i32)> = vec![("add", |a, b| a + b), ("mul", |a, b| a * b), ("sub", |a, b| a - b)];
    for (n, op) in &ops {
        println!("{} {}", n, op(6, 7));
    }
}
