// A panic ends the program: the last step shows rustc's message.
fn check(x: i32) -> i32 {
    if x > 3 {
        panic!("value too large: {} (limit {})", x, 3);
    }
    x * 2
}

fn main() {
    for i in 0..10 {
        println!("check({}) = {}", i, check(i));
    }
}
