// The integer methods that mix signed and unsigned operands (`checked_add_signed`,
// `saturating_sub_unsigned`, `checked_signed_diff`, ...), the `strict_*` ones, `unbounded_shl/shr`,
// `is_multiple_of`, `carrying_add/mul`, `borrowing_sub`, `to_be`/`from_le`, and the Euclidean
// wrapping/overflowing division, for every integer type; then a signed `wrapping_rem_euclid` by
// zero, which panics inside core (not `#[track_caller]`), located in core's source as rustc's is.
macro_rules! uns {
    ($($t:ident $s:ident),*) => {$({
        let a: $t = 100; let m = $t::MAX; let z: $t = 0;
        println!("{} {} {} {} {}", stringify!($t), a.is_multiple_of(5), a.is_multiple_of(0), z.is_multiple_of(0), a.cast_signed());
        println!("  {:?} {:?} {:?} {:?}", a.checked_next_multiple_of(7), m.checked_next_multiple_of(7), a.checked_next_multiple_of(0), a.checked_signed_diff(m));
        println!("  {:?} {:?} {:?} {:?}", a.checked_signed_diff(3), z.checked_signed_diff(m / 2 + 1), a.checked_add_signed(-101), a.checked_sub_signed(-3));
        println!("  {} {} {:?} {:?}", a.wrapping_add_signed(-101), a.wrapping_sub_signed(101), a.overflowing_add_signed(-1), a.overflowing_sub_signed(-1));
        println!("  {} {} {} {}", a.saturating_add_signed(-101), a.saturating_sub_signed(-101), m.saturating_add_signed(1), a.saturating_sub_signed(101));
        println!("  {} {} {} {}", a.strict_add(1), a.strict_sub(1), a.strict_mul(2), a.strict_pow(1));
        println!("  {} {} {} {}", a.strict_div(7), a.strict_rem(7), a.strict_div_euclid(7), a.strict_rem_euclid(7));
        println!("  {} {} {} {} {}", z.strict_neg(), a.strict_shl(2), a.strict_shr(2), a.strict_add_signed(-1), a.strict_sub_signed(-1));
        println!("  {} {} {} {}", a.unbounded_shl(200), a.unbounded_shr(2), a.unbounded_shr($t::BITS), a.unbounded_shl(1));
        println!("  {} {} {} {}", a.to_be(), $t::from_be(a), a.to_le(), $t::from_le(a.to_be()));
        println!("  {:?} {:?} {:?} {:?}", a.wrapping_div_euclid(7), a.wrapping_rem_euclid(7), a.overflowing_div_euclid(7), a.overflowing_rem_euclid(7));
        println!("  {:?} {:?} {:?} {:?}", m.carrying_add(1, true), a.carrying_add(1, true), z.borrowing_sub(1, false), a.borrowing_sub(99, true));
        println!("  {:?} {:?} {:?}", m.carrying_mul(m, m), a.carrying_mul(3, 4), m.carrying_mul_add(m, m, m));
        let _: $s = 0;
    })*};
}
macro_rules! sig {
    ($($t:ident $u:ident),*) => {$({
        let a: $t = -100; let m = $t::MIN; let p: $t = 7; let um = $u::MAX;
        println!("{} {} {:?} {:?} {:?}", stringify!($t), a.cast_unsigned(), a.checked_isqrt(), p.checked_isqrt(), $t::MAX.checked_isqrt());
        println!("  {:?} {:?} {:?} {:?}", a.checked_add_unsigned(um), a.checked_sub_unsigned(3), m.checked_sub_unsigned(1), a.checked_add_unsigned(3));
        println!("  {:?} {:?} {} {}", a.overflowing_add_unsigned(um), a.overflowing_sub_unsigned(um), a.wrapping_add_unsigned(um), a.wrapping_sub_unsigned(um));
        println!("  {} {} {} {}", a.saturating_add_unsigned(um), a.saturating_sub_unsigned(um), a.strict_add_unsigned(200), a.strict_sub_unsigned(3));
        println!("  {} {} {} {} {}", a.strict_abs(), a.strict_neg(), a.strict_div(7), a.strict_rem(7), a.strict_div_euclid(7));
        println!("  {} {} {} {}", a.strict_rem_euclid(7), p.strict_pow(2), a.strict_shl(1), a.strict_shr(100 % $t::BITS));
        println!("  {:?} {:?} {:?} {:?}", m.overflowing_div_euclid(-1), m.overflowing_rem_euclid(-1), a.overflowing_div_euclid(7), a.overflowing_rem_euclid(-7));
        println!("  {} {} {} {}", m.wrapping_div_euclid(-1), m.wrapping_rem_euclid(-1), a.wrapping_div_euclid(-7), a.wrapping_rem_euclid(7));
        println!("  {} {} {} {}", a.unbounded_shl(200), a.unbounded_shr(200), p.unbounded_shr(200), a.unbounded_shr(1));
        println!("  {} {} {} {}", a.to_be(), $t::from_be(a), a.to_le(), $t::from_le(a.to_be()));
    })*};
}
fn main() {
    uns!(u8 i8, u16 i16, u32 i32, u64 i64, u128 i128, usize isize);
    sig!(i8 u8, i16 u16, i32 u32, i64 u64, i128 u128, isize usize);
    let q = std::hint::black_box(-7i16);
    println!("{}", q.wrapping_div_euclid(2));
    println!("{}", q.wrapping_rem_euclid(0));
}
