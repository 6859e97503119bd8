// Checks: {:x} {:X} {:#x} {:b} {:#b} {:o} {:#o}, with width/zero-padding, negative numbers in two's complement.
fn main() {
    let n = 255;
    println!("{:x} {:X} {:#x} {:#X}", n, n, n, n);
    println!("{:b} {:#b}", n, n);
    println!("{:o} {:#o}", n, n);
    let small: u8 = 5;
    println!("{:08b} {:#010b}", small, small);
    println!("{:04x} {:#06x}", small, small);
    let neg: i32 = -1;
    println!("{:x} {:b}", neg, neg);
    let neg8: i8 = -2;
    println!("{:x} {:b} {:o}", neg8, neg8, neg8);
    let big: u64 = 18446744073709551615;
    println!("{:x} {:o}", big, big);
    let huge: i128 = -1;
    println!("{:x}", huge);
    println!("{:>10x}|{:<10b}|{:^10o}|", 3054, 5, 64);
    let r = &n;
    println!("{:x} {:#b}", r, r);
    println!("{:x}", 0);
    println!("{:#x}", 0);
}
