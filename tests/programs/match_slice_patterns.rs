// Checks: slice patterns with [first, .., last], [x, rest @ ..], and fixed-length array patterns.
fn describe(s: &[i32]) -> String {
    match s {
        [] => String::from("empty"),
        [x] => format!("one: {}", x),
        [a, b] => format!("two: {} {}", a, b),
        [first, .., last] if first == last => format!("same ends {}", first),
        [first, rest @ ..] => format!("first {} then {} more (sum {})", first, rest.len(), rest.iter().sum::<i32>()),
    }
}

fn main() {
    let data: [&[i32]; 5] = [&[], &[7], &[1, 2], &[4, 5, 4], &[9, 8, 7, 6]];
    for d in data {
        println!("{}", describe(d));
    }
    let arr = [1, 2, 3, 4, 5];
    let [a, b, .., e] = arr;
    println!("{} {} {}", a, b, e);
    match arr {
        [1, mid @ .., 5] => println!("mid {:?}", mid),
        _ => println!("other"),
    }
    if let [.., x, y] = &arr[..] {
        println!("last two {} {}", x, y);
    }
}
