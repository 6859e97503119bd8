// Checks: bitwise & | ^ << >>, unary ! on integers and bools, arithmetic vs logical right shift.
fn main() {
    let a: u8 = 172;
    let b: u8 = 54;
    println!("a & b = {}", a & b);
    println!("a | b = {}", a | b);
    println!("a ^ b = {}", a ^ b);
    println!("!a = {}", !a);
    println!("a << 2 = {}", a << 2);
    println!("a >> 3 = {}", a >> 3);
    let s: i32 = -100;
    println!("-100 >> 2 = {}", s >> 2);
    println!("-100 << 3 = {}", s << 3);
    println!("!-100 = {}", !s);
    let u: u32 = 4000000000;
    println!("u32 >> 4 = {}", u >> 4);
    let x: i64 = 1;
    println!("1i64 << 62 = {}", x << 62);
    println!("1i64 << 63 = {}", x << 63);
    let m: u16 = 65535;
    println!("m ^ 255 = {}", m ^ 255);
    let t = true;
    let f = false;
    println!("!t = {}, t & f = {}, t | f = {}, t ^ t = {}", !t, t & f, t | f, t ^ t);
    let n: i8 = 0;
    println!("!0i8 = {}", !n);
    let shift: u32 = 5;
    println!("var shift: {}", 3u64 << shift);
}
