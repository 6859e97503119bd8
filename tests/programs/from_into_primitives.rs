// std's lossless `From` conversions between primitives, by path and through `into`.
fn widen<T: Into<i64>>(x: T) -> i64 {
    x.into()
}

fn main() {
    let a: i64 = i64::from(5i32);
    let b: f64 = f64::from(3u8);
    let c: u32 = u32::from('é');
    let d: u64 = u64::from(true);
    let e: i32 = 7u16.into();
    let f: f64 = 1.5f32.into();
    println!("{} {} {} {} {} {}", a, b, c, d, e, f);
    println!("{} {} {}", widen(3u8), widen(-4i16), widen(70000u32));
    println!("{} {} {}", u128::from(u64::MAX), i128::from(i64::MIN), usize::from(65535u16));
    println!("{} {} {}", f32::from(-7i16), f64::from(u32::MAX), i16::from(false));
    println!("{} {}", u8::from(true) + u8::from(true), char::from(0x41u8));
    let h: String = 'c'.into();
    let total: u64 = [1u8, 2, 3].iter().map(|&x| u64::from(x)).sum();
    println!("{} {}", h, total);
}
