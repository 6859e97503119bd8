// Rejects: a doc comment after a struct's last field (E0585), before the one at the file's end.
struct Point {
    x: i32,
    /** the y coordinate, removed */
}

fn main() {
    let p = Point { x: 1 };
    println!("{}", p.x);
}
/// nothing follows
