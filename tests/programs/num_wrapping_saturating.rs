use std::num::Wrapping;

fn main() {
    let a = Wrapping(250u8);
    let b = Wrapping(10u8);
    println!("{}", a + b);
    println!("{:?}", a - Wrapping(255));
    println!("{}", a * b);
    println!("{}", a / b);
    println!("{}", a % b);
    let mut c = Wrapping(i32::MAX);
    c += Wrapping(1);
    println!("{}", c);
    c -= Wrapping(1);
    println!("{}", c.0);
    c *= Wrapping(2);
    println!("{}", c);
    println!("{}", -Wrapping(i32::MIN));
    println!("{}", !Wrapping(0u16));
    println!("{}", Wrapping(1u32) << 33);
    println!("{}", Wrapping(0xF0u8) & Wrapping(0x3C));
    println!("{}", Wrapping(0xF0u8) | Wrapping(0x3C));
    println!("{}", Wrapping(0xF0u8) ^ Wrapping(0x3C));
    let mut h = Wrapping(0u64);
    for byte in "hello".bytes() {
        h = h * Wrapping(31) + Wrapping(byte as u64);
    }
    println!("{}", h);
    println!("{}", Wrapping(3) == Wrapping(3));
    println!("{}", std::mem::size_of::<Wrapping<u16>>());
    second();
}

fn checksum(data: &[u8]) -> Wrapping<u8> {
    let mut sum = Wrapping(0u8);
    for &b in data {
        sum += b;
        sum <<= 1;
    }
    sum
}

#[derive(Debug, Default)]
struct Counter {
    ticks: Wrapping<u16>,
    level: Saturating<i8>,
}

use std::num::Saturating;

fn second() {
    println!("{}", checksum(&[200, 100, 50, 25]));
    let mut c = Counter::default();
    for _ in 0..70000u32 {
        c.ticks += Wrapping(1);
    }
    c.level = Saturating(100i8) + Saturating(100);
    println!("{:?}", c);
    c.level -= 120i8.wrapping_add(7).min(127);
    println!("{:?} {}", c.level, -Saturating(i8::MIN));
    let s = Saturating(200u8) * Saturating(2);
    println!("{} {} {}", s, Saturating(5u8) - Saturating(9), Saturating(i32::MIN) / Saturating(-1));
    println!("{:?}", Wrapping(5i8) > Wrapping(-3));
    let mut total = Wrapping(u32::MAX - 2);
    total >>= 1;
    println!("{}", total);
}
