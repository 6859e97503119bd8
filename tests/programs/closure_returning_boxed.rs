// Checks: returning closures as Box<dyn Fn>, storing them in a Vec, and closures producing closures (counters).
fn make_op(kind: &str) -> Box<dyn Fn(i32) -> i32> {
    match kind {
        "double" => Box::new(|x| x * 2),
        "square" => Box::new(|x| x * x),
        n => {
            let k: i32 = n.parse().unwrap_or(0);
            Box::new(move |x| x + k)
        }
    }
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn main() {
    let ops: Vec<Box<dyn Fn(i32) -> i32>> = vec![make_op("double"), make_op("square"), make_op("7"), make_op("zz")];
    for (i, op) in ops.iter().enumerate() {
        println!("op{}(5) = {}", i, op(5));
    }
    let chained = ops.iter().fold(1, |acc, f| f(acc));
    println!("chained {}", chained);
    let mut c1 = make_counter();
    let mut c2 = make_counter();
    println!("{} {} {}", c1(), c1(), c1());
    println!("{}", c2());
    let mut boxed: Box<dyn FnMut() -> u32> = Box::new(make_counter());
    boxed();
    println!("{}", boxed());
}
