// Checks: patterns in function parameters and closure parameters (tuples, structs, references).
struct Point {
    x: i32,
    y: i32,
}

fn print_coordinates(&(x, y): &(i32, i32)) {
    println!("Current location: ({}, {})", x, y);
}

fn manhattan(Point { x, y }: Point) -> i32 {
    x.abs() + y.abs()
}

fn swap((a, b): (i32, &str)) -> (&str, i32) {
    (b, a)
}

fn main() {
    let point = (3, 5);
    print_coordinates(&point);
    println!("{}", manhattan(Point { x: -3, y: 4 }));
    println!("{:?}", swap((7, "seven")));
    let pairs = vec![(1, 'a'), (2, 'b'), (3, 'c')];
    let s: Vec<String> = pairs.iter().map(|&(n, c)| format!("{}{}", c, n)).collect();
    println!("{:?}", s);
    let total: i32 = pairs.iter().map(|(n, _)| n).sum();
    println!("{}", total);
    for (i, (n, c)) in pairs.into_iter().enumerate() {
        println!("{} {} {}", i, n, c);
    }
}
