//! Methods of the primitive number types, written as std writes them where that is plain Rust
//! (so overflow panics come out with std's debug-build messages), and through
//! `__intrinsic_float_op` for the floating-point functions the host computes exactly (IEEE
//! operations: sqrt, floor, ... are correctly rounded in both).

fn __intrinsic_float_op<T>(op: &str, a: T, b: T) -> T {
    unreachable!()
}
fn __intrinsic_wrapping<T>(op: &str, a: T, b: T) -> T {
    unreachable!()
}
fn __intrinsic_overflows<T>(op: &str, a: T, b: T) -> bool {
    unreachable!()
}

/// The methods every integer type has alike, up to the saturating ones (`int_impl!`,
/// `uint_impl!`).
macro_rules! int_arith_methods {
    ($t:ident) => {
        pub fn pow(self, mut exp: u32) -> $t {
            if exp == 0 {
                return 1;
            }
            let mut base = self;
            let mut acc: $t = 1;
            loop {
                if (exp & 1) == 1 {
                    acc = acc * base;
                    if exp == 1 {
                        return acc;
                    }
                }
                exp /= 2;
                base = base * base;
            }
        }
        pub fn min(self, other: $t) -> $t {
            if other < self { other } else { self }
        }
        pub fn max(self, other: $t) -> $t {
            if other < self { self } else { other }
        }
        pub fn clamp(self, min: $t, max: $t) -> $t {
            assert!(min <= max, "assertion failed: min <= max");
            if self < min {
                min
            } else if self > max {
                max
            } else {
                self
            }
        }
        pub fn wrapping_add(self, rhs: $t) -> $t {
            __intrinsic_wrapping::<$t>("add", self, rhs)
        }
        pub fn wrapping_sub(self, rhs: $t) -> $t {
            __intrinsic_wrapping::<$t>("sub", self, rhs)
        }
        pub fn wrapping_mul(self, rhs: $t) -> $t {
            __intrinsic_wrapping::<$t>("mul", self, rhs)
        }
        pub fn checked_add(self, rhs: $t) -> Option<$t> {
            if __intrinsic_overflows::<$t>("add", self, rhs) {
                None
            } else {
                Some(self.wrapping_add(rhs))
            }
        }
        pub fn checked_sub(self, rhs: $t) -> Option<$t> {
            if __intrinsic_overflows::<$t>("sub", self, rhs) {
                None
            } else {
                Some(self.wrapping_sub(rhs))
            }
        }
        pub fn checked_mul(self, rhs: $t) -> Option<$t> {
            if __intrinsic_overflows::<$t>("mul", self, rhs) {
                None
            } else {
                Some(self.wrapping_mul(rhs))
            }
        }
        pub fn checked_div(self, rhs: $t) -> Option<$t> {
            if rhs == 0 || __intrinsic_overflows::<$t>("div", self, rhs) {
                None
            } else {
                Some(self / rhs)
            }
        }
        pub fn checked_rem(self, rhs: $t) -> Option<$t> {
            if rhs == 0 || __intrinsic_overflows::<$t>("div", self, rhs) {
                None
            } else {
                Some(self % rhs)
            }
        }
        pub fn overflowing_add(self, rhs: $t) -> ($t, bool) {
            (
                self.wrapping_add(rhs),
                __intrinsic_overflows::<$t>("add", self, rhs),
            )
        }
        pub fn overflowing_sub(self, rhs: $t) -> ($t, bool) {
            (
                self.wrapping_sub(rhs),
                __intrinsic_overflows::<$t>("sub", self, rhs),
            )
        }
        pub fn overflowing_mul(self, rhs: $t) -> ($t, bool) {
            (
                self.wrapping_mul(rhs),
                __intrinsic_overflows::<$t>("mul", self, rhs),
            )
        }
    };
}

/// The bit-counting methods every integer type has alike, after the saturating ones.
macro_rules! int_bit_methods {
    ($bits:literal) => {
        pub fn count_ones(self) -> u32 {
            let mut n = 0;
            let mut x = self;
            let mut i = 0;
            while i < $bits {
                if x & 1 == 1 {
                    n += 1;
                }
                x = x >> 1;
                i += 1;
            }
            n
        }
        pub fn leading_zeros(self) -> u32 {
            let mut n = 0;
            let mut i = $bits;
            while i > 0 {
                i -= 1;
                if (self >> i) & 1 == 1 {
                    return n;
                }
                n += 1;
            }
            n
        }
        pub fn trailing_zeros(self) -> u32 {
            if self == 0 {
                return $bits;
            }
            let mut n = 0;
            let mut x = self;
            while x & 1 == 0 {
                x = x >> 1;
                n += 1;
            }
            n
        }
    };
}

/// A signed integer's methods (core's `int_impl!`); `$unsigned` is the type of the same width
/// without a sign.
macro_rules! int_impl {
    ($t:ident, $unsigned:ident, $bits:literal) => {
        impl $t {
            int_arith_methods!($t);
            pub fn saturating_add(self, rhs: $t) -> $t {
                if __intrinsic_overflows::<$t>("add", self, rhs) {
                    if rhs > 0 { $t::MAX } else { $t::MIN }
                } else {
                    self + rhs
                }
            }
            pub fn saturating_sub(self, rhs: $t) -> $t {
                if __intrinsic_overflows::<$t>("sub", self, rhs) {
                    if rhs < 0 { $t::MAX } else { $t::MIN }
                } else {
                    self - rhs
                }
            }
            pub fn saturating_mul(self, rhs: $t) -> $t {
                if __intrinsic_overflows::<$t>("mul", self, rhs) {
                    if (self < 0) == (rhs < 0) {
                        $t::MAX
                    } else {
                        $t::MIN
                    }
                } else {
                    self * rhs
                }
            }
            int_bit_methods!($bits);
            pub fn abs(self) -> $t {
                if self < 0 { -self } else { self }
            }
            pub fn signum(self) -> $t {
                if self < 0 {
                    -1
                } else if self == 0 {
                    0
                } else {
                    1
                }
            }
            pub fn is_negative(self) -> bool {
                self < 0
            }
            pub fn is_positive(self) -> bool {
                self > 0
            }
            pub fn unsigned_abs(self) -> $unsigned {
                if self < 0 {
                    (0 as $unsigned).wrapping_sub(self as $unsigned)
                } else {
                    self as $unsigned
                }
            }
            pub fn rem_euclid(self, rhs: $t) -> $t {
                let r = self % rhs;
                if r < 0 {
                    if rhs < 0 { r - rhs } else { r + rhs }
                } else {
                    r
                }
            }
            pub fn div_euclid(self, rhs: $t) -> $t {
                let q = self / rhs;
                if self % rhs < 0 {
                    if rhs > 0 { q - 1 } else { q + 1 }
                } else {
                    q
                }
            }
        }
    };
}

/// An unsigned integer's methods (core's `uint_impl!`).
macro_rules! uint_impl {
    ($t:ident, $bits:literal) => {
        impl $t {
            int_arith_methods!($t);
            pub fn saturating_add(self, rhs: $t) -> $t {
                if __intrinsic_overflows::<$t>("add", self, rhs) {
                    if true { $t::MAX } else { $t::MIN }
                } else {
                    self + rhs
                }
            }
            pub fn saturating_sub(self, rhs: $t) -> $t {
                if __intrinsic_overflows::<$t>("sub", self, rhs) {
                    if false { $t::MAX } else { $t::MIN }
                } else {
                    self - rhs
                }
            }
            pub fn saturating_mul(self, rhs: $t) -> $t {
                if __intrinsic_overflows::<$t>("mul", self, rhs) {
                    if true { $t::MAX } else { $t::MIN }
                } else {
                    self * rhs
                }
            }
            int_bit_methods!($bits);
            pub fn is_power_of_two(self) -> bool {
                self != 0 && (self & (self - 1)) == 0
            }
            pub fn rem_euclid(self, rhs: $t) -> $t {
                self % rhs
            }
            pub fn div_euclid(self, rhs: $t) -> $t {
                self / rhs
            }
        }
    };
}

int_impl!(i8, u8, 8);
int_impl!(i16, u16, 16);
int_impl!(i32, u32, 32);
int_impl!(i64, u64, 64);
int_impl!(i128, u128, 128);
int_impl!(isize, usize, 64);
uint_impl!(u8, 8);
uint_impl!(u16, 16);
uint_impl!(u32, 32);
uint_impl!(u64, 64);
uint_impl!(u128, 128);
uint_impl!(usize, 64);

/// A floating-point function of one value that the host computes exactly (`__intrinsic_float_op`
/// names it by the method's name).
macro_rules! float_unary_op {
    ($t:ident, $name:ident) => {
        pub fn $name(self) -> $t {
            __intrinsic_float_op::<$t>(stringify!($name), self, 0.0)
        }
    };
}

/// A floating-point function of two values that the host computes exactly.
macro_rules! float_binary_op {
    ($t:ident, $name:ident) => {
        pub fn $name(self, other: $t) -> $t {
            __intrinsic_float_op::<$t>(stringify!($name), self, other)
        }
    };
}

/// A floating-point type's methods.
macro_rules! float_impl {
    ($t:ident) => {
        impl $t {
            float_unary_op!($t, sqrt);
            float_unary_op!($t, floor);
            float_unary_op!($t, ceil);
            float_unary_op!($t, round);
            float_unary_op!($t, trunc);
            float_unary_op!($t, abs);
            float_unary_op!($t, sin);
            float_unary_op!($t, cos);
            float_unary_op!($t, tan);
            float_unary_op!($t, asin);
            float_unary_op!($t, acos);
            float_unary_op!($t, atan);
            float_unary_op!($t, exp);
            float_unary_op!($t, ln);
            float_unary_op!($t, log10);
            float_unary_op!($t, log2);
            float_unary_op!($t, cbrt);
            float_unary_op!($t, fract);
            float_unary_op!($t, signum);
            float_unary_op!($t, to_degrees);
            float_unary_op!($t, to_radians);
            float_unary_op!($t, exp2);
            float_unary_op!($t, sinh);
            float_unary_op!($t, cosh);
            float_unary_op!($t, tanh);
            float_binary_op!($t, powf);
            float_binary_op!($t, atan2);
            float_binary_op!($t, hypot);
            float_binary_op!($t, max);
            float_binary_op!($t, min);
            float_binary_op!($t, log);
            float_binary_op!($t, copysign);
            pub fn powi(self, n: i32) -> $t {
                __intrinsic_float_op::<$t>("powi", self, n as $t)
            }
            pub fn mul_add(self, a: $t, b: $t) -> $t {
                self * a + b
            }
            pub fn is_nan(self) -> bool {
                self != self
            }
            pub fn is_infinite(self) -> bool {
                self == $t::INFINITY || self == $t::NEG_INFINITY
            }
            pub fn is_finite(self) -> bool {
                !self.is_nan() && !self.is_infinite()
            }
            pub fn is_sign_negative(self) -> bool {
                __intrinsic_float_op::<$t>("signbit", self, 0.0) == 1.0
            }
            pub fn is_sign_positive(self) -> bool {
                !self.is_sign_negative()
            }
            /// IEEE 754 totalOrder: -NaN < -inf < .. < -0.0 < +0.0 < .. < inf < +NaN (NaN payloads aside).
            pub fn total_cmp(&self, other: &$t) -> Ordering {
                let (a, b) = (*self, *other);
                let rank_a = if a.is_nan() {
                    if a.is_sign_negative() { -1 } else { 1 }
                } else {
                    0
                };
                let rank_b = if b.is_nan() {
                    if b.is_sign_negative() { -1 } else { 1 }
                } else {
                    0
                };
                if rank_a != rank_b {
                    return rank_a.cmp(&rank_b);
                }
                if rank_a != 0 {
                    return Ordering::Equal;
                }
                if a < b {
                    Ordering::Less
                } else if a > b {
                    Ordering::Greater
                } else {
                    b.is_sign_negative().cmp(&a.is_sign_negative())
                }
            }
            pub fn rem_euclid(self, rhs: $t) -> $t {
                let r = self % rhs;
                if r < 0.0 { r + rhs.abs() } else { r }
            }
            pub fn div_euclid(self, rhs: $t) -> $t {
                let q = (self / rhs).trunc();
                if self % rhs < 0.0 {
                    return if rhs > 0.0 { q - 1.0 } else { q + 1.0 };
                }
                q
            }
            pub fn clamp(self, min: $t, max: $t) -> $t {
                assert!(
                    min <= max,
                    "min > max, or either was NaN. min = {:?}, max = {:?}",
                    min,
                    max
                );
                let mut x = self;
                if x < min {
                    x = min;
                }
                if x > max {
                    x = max;
                }
                x
            }
        }
    };
}

float_impl!(f64);
float_impl!(f32);
