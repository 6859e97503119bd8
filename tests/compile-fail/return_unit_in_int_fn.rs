fn f(n: i32) -> i32 {
    if n > 0 {
        return;
    }
    n
}

fn main() {
    println!("{}", f(1));
}
