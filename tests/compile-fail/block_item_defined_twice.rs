fn main() {
    struct Point { x: i32 }
    let p = Point { x: 1 };
    struct Point { y: i32 }
    println!("{}", p.x);
}
