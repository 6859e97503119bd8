// The integer methods of std, for every integer type: wrapping, checked, saturating and
// overflowing arithmetic, powers, bits, bytes, logarithms, roots and radix parsing.
macro_rules! common {
    ($t:ident) => {{
        let a: $t = 100;
        let b: $t = 7;
        let m = $t::MAX;
        println!("{} {} {} {}", stringify!($t), $t::MIN, m, $t::BITS);
        println!("w {} {} {} {} {}", a.wrapping_add(m), a.wrapping_sub(m), a.wrapping_mul(b), a.wrapping_div(b), a.wrapping_rem(b));
        println!("w2 {} {} {} {}", a.wrapping_neg(), a.wrapping_shl(3), a.wrapping_shr(9), a.wrapping_pow(5));
        println!("c {:?} {:?} {:?} {:?} {:?} {:?}", a.checked_add(m), a.checked_sub(b), a.checked_mul(b), a.checked_div(0), a.checked_rem(b), a.checked_neg());
        println!("c2 {:?} {:?} {:?} {:?} {:?} {:?}", a.checked_pow(2), a.checked_pow(20), a.checked_shl(3), a.checked_shr(200), a.checked_div_euclid(b), a.checked_rem_euclid(0));
        println!("s {} {} {} {} {}", a.saturating_add(m), a.saturating_sub(m), a.saturating_mul(b), a.saturating_pow(9), a.saturating_div(b));
        println!("o {:?} {:?} {:?} {:?} {:?}", a.overflowing_add(m), a.overflowing_sub(m), a.overflowing_mul(b), a.overflowing_neg(), a.overflowing_pow(3));
        println!("o2 {:?} {:?} {:?} {:?}", a.overflowing_div(b), a.overflowing_rem(b), a.overflowing_shl(9), a.overflowing_shr(3));
        println!("p {} {} {} {} {}", b.pow(2), a.abs_diff(b), a.rem_euclid(b), a.div_euclid(b), a.count_ones());
        println!("b {} {} {} {} {}", a.leading_zeros(), a.trailing_zeros(), a.count_zeros(), a.leading_ones(), a.trailing_ones());
        println!("r {} {} {} {}", a.rotate_left(3), a.rotate_right(2), a.swap_bytes(), a.reverse_bits());
        println!("y {:?} {:?} {:?}", a.to_be_bytes(), a.to_le_bytes(), a.to_ne_bytes());
        println!("y2 {} {}", $t::from_be_bytes(a.to_be_bytes()), $t::from_le_bytes(b.to_le_bytes()));
        println!("l {} {} {} {:?} {:?}", a.ilog2(), a.ilog10(), a.ilog(3), a.checked_ilog2(), (0 as $t).checked_ilog10());
        println!("q {} {} {}", a.isqrt(), m.isqrt(), (b * b).isqrt());
        println!("f {:?} {:?} {:?}", $t::from_str_radix("1011", 2), $t::from_str_radix("z", 36), $t::from_str_radix("-7f", 16));
        println!("f2 {:?} {:?}", $t::from_str_radix("FF", 16), $t::from_str_radix("99999999999999999999999999999999999999999", 10));
    }};
}

macro_rules! signed {
    ($t:ident) => {{
        let a: $t = -100;
        println!("{} {} {} {:?} {} {}", a.abs(), a.signum(), a.is_negative(), a.checked_abs(), a.wrapping_abs(), a.unsigned_abs());
        println!("{} {} {:?} {:?}", a.rem_euclid(7), a.div_euclid(7), $t::MIN.overflowing_abs(), $t::MIN.overflowing_neg());
        println!("{} {} {} {}", $t::MIN.saturating_neg(), $t::MIN.saturating_abs(), $t::MIN.wrapping_div(-1), $t::MIN.wrapping_rem(-1));
        println!("{:?} {:?} {} {}", $t::MIN.checked_div(-1), $t::MIN.overflowing_div(-1), a.abs_diff($t::MAX), $t::MIN.saturating_div(-1));
        println!("{} {} {:?}", a.saturating_pow(3), a.wrapping_pow(3), a.checked_neg());
        println!("{} {} {}", a.rotate_left(1), a.swap_bytes(), a.reverse_bits());
        println!("{:?}", $t::from_str_radix("-101", 2));
    }};
}

macro_rules! unsigned {
    ($t:ident) => {{
        let a: $t = 100;
        println!("{} {:?} {:?}", a.next_power_of_two(), a.checked_next_power_of_two(), $t::MAX.checked_next_power_of_two());
        println!("{} {} {} {}", a.div_ceil(7), a.next_multiple_of(8), a.is_power_of_two(), (0 as $t).next_power_of_two());
    }};
}

fn main() {
    common!(u8);
    common!(u16);
    common!(u32);
    common!(u64);
    common!(u128);
    common!(usize);
    common!(i8);
    common!(i16);
    common!(i32);
    common!(i64);
    common!(i128);
    common!(isize);
    signed!(i8);
    signed!(i16);
    signed!(i32);
    signed!(i64);
    signed!(i128);
    signed!(isize);
    unsigned!(u8);
    unsigned!(u16);
    unsigned!(u32);
    unsigned!(u64);
    unsigned!(u128);
    unsigned!(usize);
    println!("{}", 0u32.ilog2());
}
