fn scaled(factor: i32) -> i32 {
    static SCALE: i32 = factor;
    SCALE * 2
}

fn main() {
    println!("{}", scaled(3));
}
