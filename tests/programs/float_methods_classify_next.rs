// f32 and f64: `round_ties_even`, `recip`, `classify` (std::num::FpCategory), `is_normal`,
// `is_subnormal`, `sin_cos`, `next_up`/`next_down`, `midpoint` (f32's through f64), and std's
// `asinh`/`acosh`/`atanh` formulas, on halves, signed zeros, infinities, NaN and subnormals.
use std::num::FpCategory;
macro_rules! flt {
    ($($t:ident),*) => {$({
        let xs: [$t; 12] = [2.5, -2.5, 3.5, -0.5, 0.5, 1.49999, 0.0, -0.0, $t::INFINITY, $t::NAN, $t::MIN_POSITIVE / 4.0, 1e30];
        for x in xs {
            println!("{} {:?} {:?} {:?} {} {} {:?}", stringify!($t), x.round_ties_even(), x.recip(), x.classify(), x.is_normal(), x.is_subnormal(), x.sin_cos());
            println!("  {:?} {:?} {:?} {:?} {:?}", x.next_up(), x.next_down(), x.midpoint(1.5), x.midpoint($t::MAX), x.asinh());
            println!("  {:?} {:?} {:?}", (x * 0.3).atanh(), (x.abs() + 1.0).acosh(), x.acosh());
        }
        println!("{}", 0.0 as $t == (-0.0 as $t).next_up().next_down());
        println!("{:?}", $t::MAX.midpoint($t::MAX));
    })*};
}
fn main() {
    flt!(f32, f64);
    println!("{}", FpCategory::Zero == 0.0f64.classify());
    println!("{:?}", [1.0f64.classify(), f64::NAN.classify(), (-f32::INFINITY).classify()]);
}
