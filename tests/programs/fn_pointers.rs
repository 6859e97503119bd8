// Checks: function pointer types: fn items and capture-free closures coerced to fn(..), in variables, arrays, struct fields, Option, as arguments and return values, and their size.
fn add_one(x: i32) -> i32 {
    x + 1
}

fn double(x: i32) -> i32 {
    x * 2
}

fn pick(name: &str) -> fn(i32) -> i32 {
    match name {
        "double" => double,
        _ => add_one,
    }
}

fn do_twice(f: fn(i32) -> i32, arg: i32) -> i32 {
    f(arg) + f(arg)
}

struct Button {
    label: String,
    on_click: fn(&str) -> String,
}

fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn main() {
    let f: fn(i32) -> i32 = add_one;
    println!("{}", do_twice(f, 5));
    println!("{}", do_twice(double, 5));
    println!("{}", do_twice(|x| x - 1, 5));
    let table: [fn(i32) -> i32; 3] = [add_one, double, |x| x * x];
    for g in table.iter() {
        print!("{} ", g(7));
    }
    println!();
    println!("{} {}", pick("double")(21), pick("other")(21));
    let b = Button { label: String::from("ok"), on_click: shout };
    println!("{}", (b.on_click)(&b.label));
    let maybe: Option<fn(i32) -> i32> = Some(double);
    if let Some(h) = maybe {
        println!("{}", h(50));
    }
    let squares: Vec<i32> = (1..=4).map(|x| x * x).map(add_one as fn(i32) -> i32).collect();
    println!("{:?}", squares);
    println!("{} {}", std::mem::size_of::<fn(i32) -> i32>(), std::mem::size_of::<Option<fn()>>());
    let mut ops: Vec<fn(i32) -> i32> = Vec::new();
    ops.push(add_one);
    ops.push(double);
    let total = ops.iter().fold(3, |acc, op| op(acc));
    println!("{}", total);
}
