// Checks: integer literal suffixes and inference of an unsuffixed literal's type from later use.
fn takes_u64(v: u64) -> u64 {
    v * 3000000000
}

fn takes_i8(v: i8) -> i8 {
    v - 100
}

fn main() {
    let a = 5u8;
    let b = 250u8;
    println!("a + b = {}", a + b);
    let x = 200;
    let y: u8 = x;
    println!("y = {}, y as i8 = {}", y, y as i8);
    let z = 7;
    println!("takes_u64(z) = {}", takes_u64(z));
    let w = -20;
    println!("takes_i8(w) = {}", takes_i8(w));
    let big = 4000000000u32;
    println!("big / 3 = {}", big / 3);
    let q = 10;
    let r = q + 100i64;
    println!("r = {}, q*q*q*q*q*q*q*q*q*q = {}", r, q * q * q * q * q * q * q * q * q * q);
    let m = 1i128 << 100;
    println!("m = {}", m);
    let k = 3u16;
    let n = 65000;
    println!("k + n = {}", k + n);
    let s = 9isize;
    let t = 4usize;
    println!("s / 2 = {}, t * t = {}", s / 2, t * t);
    let d = 7;
    println!("default i32: {}", d / 2);
}
