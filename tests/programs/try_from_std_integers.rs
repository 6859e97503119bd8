// `TryFrom` and `TryInto` between std's integers (`TryFromIntError` when the value does not
// fit; `Infallible` for the lossless ones), and between chars and integers.
use std::convert::TryFrom;
use std::convert::TryInto;
use std::num::TryFromIntError;

fn to_u8(x: i64) -> Result<u8, TryFromIntError> {
    let small: u8 = x.try_into()?;
    Ok(small / 2)
}

fn main() {
    println!("{:?} {:?}", u8::try_from(300i32), u8::try_from(200i32));
    let c: Result<i8, TryFromIntError> = (-129i64).try_into();
    println!("{:?}", c);
    let d: u32 = 5u64.try_into().unwrap();
    println!("{}", d);
    println!("{} {:?}", i32::try_from(-1i64).unwrap(), usize::try_from(-1i32).is_err());
    if let Err(err) = u16::try_from(70000u32) {
        println!("{} / {:?}", err, err);
    }
    let g: u64 = 7u8.try_into().unwrap();
    println!("{} {:?}", g, u64::try_from(9u32));
    println!("{:?} {:?}", i64::try_from(u64::MAX), u64::try_from(i64::MIN));
    println!("{:?} {:?}", i128::try_from(u128::MAX), u128::try_from(i128::MAX));
    println!("{:?} {:?}", isize::try_from(usize::MAX), usize::try_from(7u64));
    println!("{:?} {:?}", char::try_from(65u32), char::try_from(0xD800u32));
    println!("{:?} {:?}", u8::try_from('a'), u8::try_from('é'));
    println!("{:?} {:?}", u16::try_from('€'), u16::try_from('😀'));
    if let Err(e) = char::try_from(0x110000u32) {
        println!("{}", e);
    }
    if let Err(e) = u8::try_from('λ') {
        println!("{}", e);
    }
    for x in [10i64, 600, -1] {
        match to_u8(x) {
            Ok(v) => println!("ok {}", v),
            Err(e) => println!("err {}", e),
        }
    }
    let e: Box<dyn std::error::Error> = Box::new(u8::try_from(-5i8).unwrap_err());
    println!("{}", e);
}
