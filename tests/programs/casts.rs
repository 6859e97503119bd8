// Checks: `as` casts between integer types (truncation, sign extension, reinterpretation) and bool -> int; no panics.
fn main() {
    let big: i32 = 300;
    println!("300 as u8 = {}", big as u8);
    println!("300 as i8 = {}", big as i8);
    let neg: i32 = -1;
    println!("-1 as u8 = {}", neg as u8);
    println!("-1 as u32 = {}", neg as u32);
    println!("-1 as u64 = {}", neg as u64);
    println!("-1 as u128 = {}", neg as u128);
    println!("-1 as usize = {}", neg as usize);
    let b: u8 = 200;
    println!("200u8 as i8 = {}", b as i8);
    println!("200u8 as i32 = {}", b as i32);
    let c: i8 = -128;
    println!("-128i8 as u32 = {}", c as u32);
    println!("-128i8 as i64 = {}", c as i64);
    let d: u64 = 18446744073709551615;
    println!("u64::MAX as i64 = {}", d as i64);
    println!("u64::MAX as i16 = {}", d as i16);
    let e: u128 = 340282366920938463463374607431768211455;
    println!("u128::MAX as u8 = {}", e as u8);
    println!("u128::MAX as i128 = {}", e as i128);
    let f: i64 = 4294967296 + 7;
    println!("(2^32+7) as u32 = {}", f as u32);
    println!("(2^32+7) as i32 = {}", f as i32);
    println!("i32::MIN as i16 = {}", i32::MIN as i16);
    println!("true as i32 = {}, false as u8 = {}", true as i32, false as u8);
    let flag = 3 > 2;
    println!("flag as u64 + 10 = {}", flag as u64 + 10);
    let s: isize = -5;
    println!("-5isize as usize as u8 = {}", s as usize as u8);
    let w: i32 = 70000;
    println!("chained: {}", (w as u16) as i16);
}
