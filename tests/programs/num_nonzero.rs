use std::mem::size_of;
use std::num::{NonZero, NonZeroI16, NonZeroI32, NonZeroI64, NonZeroI8, NonZeroU128, NonZeroU16, NonZeroU32, NonZeroU64, NonZeroU8, NonZeroUsize};

fn main() {
    let a = NonZeroU32::new(5);
    let b = NonZeroU32::new(0);
    println!("{:?} {:?}", a, b);
    let x = a.unwrap();
    println!("{} {:?} {}", x, x, x.get());
    let y: NonZero<u8> = NonZero::new(200).unwrap();
    println!("{:?}", y.checked_add(100));
    println!("{:?}", y.checked_add(10));
    println!("{}", y.saturating_add(100));
    let z = NonZeroI64::new(-3).unwrap();
    println!("{} {}", z, z.abs());
    let u = unsafe { NonZeroUsize::new_unchecked(9) };
    println!("{}", u);
    println!("{} {} {}", size_of::<NonZeroU32>(), size_of::<Option<NonZeroU32>>(), size_of::<Option<NonZeroU8>>());
    println!("{}", size_of::<Option<Option<NonZeroU8>>>());
    let v: Vec<Option<NonZeroU32>> = vec![NonZeroU32::new(1), None, NonZeroU32::new(3)];
    for e in &v {
        match e {
            Some(n) => println!("some {}", n),
            None => println!("none"),
        }
    }
    let w = NonZeroU8::new(3).unwrap();
    println!("{}", w.saturating_mul(NonZeroU8::new(100).unwrap()));
    println!("{:?}", w.checked_mul(NonZeroU8::new(100).unwrap()));
    println!("{}", w < NonZeroU8::new(4).unwrap());
    let q = u32::from(x);
    println!("{}", q);
    more();
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct UserId(NonZeroU32);

fn lookup(ids: &[Option<UserId>], i: usize) -> Option<UserId> {
    ids.get(i).copied().flatten()
}

fn more() {
    let ids = [NonZeroU32::new(10).map(UserId), None, Some(UserId(NonZeroU32::new(30).unwrap()))];
    println!("{:?} {:?}", lookup(&ids, 0), lookup(&ids, 1));
    println!("{}", size_of::<Option<UserId>>() == size_of::<u32>());
    let parsed: Result<NonZeroU8, _> = "42".parse();
    println!("{:?}", parsed);
    let zero = "0".parse::<NonZeroU8>();
    println!("{:?}", zero);
    match "0".parse::<NonZeroU8>() {
        Err(e) => println!("{}", e),
        Ok(n) => println!("{}", n),
    }
    println!("{:?}", NonZeroU16::try_from(0u16).is_err());
    let t: Result<NonZeroI32, _> = NonZero::try_from(-8);
    println!("{:?}", t);
    let n = NonZeroU64::new(1 << 40).unwrap();
    println!("{} {} {} {}", n.leading_zeros(), n.trailing_zeros(), n.is_power_of_two(), n.ilog2());
    let s = NonZeroI8::new(i8::MIN).unwrap();
    println!("{:?} {} {:?} {}", s.checked_abs(), s.wrapping_abs(), s.checked_neg(), s.unsigned_abs());
    println!("{} {}", -NonZeroI16::new(5).unwrap(), NonZeroI16::new(-5).unwrap().is_negative());
    println!("{}", 100u32 / NonZeroU32::new(7).unwrap());
    println!("{:>6}|{:<4}|{:03}", NonZeroU32::new(12).unwrap(), NonZeroU8::new(9).unwrap(), NonZeroI64::new(5).unwrap());
    let mut sorted = vec![NonZeroU32::new(3).unwrap(), NonZeroU32::new(1).unwrap(), NonZeroU32::new(2).unwrap()];
    sorted.sort();
    println!("{:?} {:?}", sorted, sorted.iter().max());
    println!("{}", size_of::<Option<NonZeroU128>>());
    println!("{}", size_of::<(NonZeroU8, Option<NonZeroU8>)>());
    println!("{}", size_of::<Option<(NonZeroU16, u8)>>());
}
