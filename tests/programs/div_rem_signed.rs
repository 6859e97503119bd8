// Checks: signed division truncates toward zero and remainder takes the dividend's sign; unsigned division.
fn show(a: i32, b: i32) {
    println!("{} / {} = {}, {} % {} = {}", a, b, a / b, a, b, a % b);
}

fn main() {
    show(7, 2);
    show(-7, 2);
    show(7, -2);
    show(-7, -2);
    show(0, 5);
    show(i32::MIN, 1);
    show(i32::MAX, -1);
    let x: i8 = -128;
    let y: i8 = 3;
    println!("i8: {} {}", x / y, x % y);
    let u: u32 = 4294967295;
    println!("u32: {} {}", u / 10, u % 10);
    let big: i128 = -170141183460469231731687303715884105728;
    println!("i128: {} {}", big / 7, big % 7);
}
