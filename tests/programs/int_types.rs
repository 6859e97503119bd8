// Checks: MIN/MAX constants and arithmetic of every integer type.
fn main() {
    println!("i8: {} {}", i8::MIN, i8::MAX);
    println!("i16: {} {}", i16::MIN, i16::MAX);
    println!("i32: {} {}", i32::MIN, i32::MAX);
    println!("i64: {} {}", i64::MIN, i64::MAX);
    println!("i128: {} {}", i128::MIN, i128::MAX);
    println!("isize: {} {}", isize::MIN, isize::MAX);
    println!("u8: {} {}", u8::MIN, u8::MAX);
    println!("u16: {} {}", u16::MIN, u16::MAX);
    println!("u32: {} {}", u32::MIN, u32::MAX);
    println!("u64: {} {}", u64::MIN, u64::MAX);
    println!("u128: {} {}", u128::MIN, u128::MAX);
    println!("usize: {} {}", usize::MIN, usize::MAX);
    let a: u8 = 200;
    let b: u8 = 55;
    println!("u8 200+55 = {}", a + b);
    let c: i16 = -300;
    println!("i16 -300*100 = {}", c * 100);
    let d: u128 = 18446744073709551615;
    println!("u128 big*big = {}", d * d);
    let e: i128 = -170141183460469231731687303715884105727;
    println!("i128 e-1 = {}", e - 1);
    let f: usize = 7;
    let g: isize = -7;
    println!("usize {} isize {} {}", f / 2, g / 2, g % 2);
    let h: u64 = 1 << 63;
    println!("u64 1<<63 = {}", h);
}
