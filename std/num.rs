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
fn __intrinsic_float_mul_add<T>(a: T, b: T, c: T) -> T {
    unreachable!()
}
fn __intrinsic_float_to_bits<T, U>(x: T) -> U {
    unreachable!()
}
fn __intrinsic_float_from_bits<T, U>(bits: U) -> T {
    unreachable!()
}

/// `Ord::clamp` as core writes it for the integers and `char` (its message shows the bounds).
macro_rules! ord_clamp_method {
    ($t:ident) => {
        pub fn clamp(self, min: $t, max: $t) -> $t {
            assert!(min <= max, "min > max. min = {:?}, max = {:?}", min, max);
            if self < min {
                min
            } else if self > max {
                max
            } else {
                self
            }
        }
    };
}

impl char {
    ord_clamp_method!(char);
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
        ord_clamp_method!($t);
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
        pub fn wrapping_div(self, rhs: $t) -> $t {
            if __intrinsic_overflows::<$t>("div", self, rhs) {
                self
            } else {
                self / rhs
            }
        }
        pub fn wrapping_rem(self, rhs: $t) -> $t {
            if __intrinsic_overflows::<$t>("div", self, rhs) {
                0
            } else {
                self % rhs
            }
        }
        pub fn wrapping_neg(self) -> $t {
            (0 as $t).wrapping_sub(self)
        }
        pub fn wrapping_shl(self, rhs: u32) -> $t {
            self << (rhs & ($t::BITS - 1))
        }
        pub fn wrapping_shr(self, rhs: u32) -> $t {
            self >> (rhs & ($t::BITS - 1))
        }
        pub fn wrapping_pow(self, mut exp: u32) -> $t {
            let mut base = self;
            let mut acc: $t = 1;
            while exp > 0 {
                if (exp & 1) == 1 {
                    acc = acc.wrapping_mul(base);
                }
                exp /= 2;
                base = base.wrapping_mul(base);
            }
            acc
        }
        pub fn checked_neg(self) -> Option<$t> {
            if __intrinsic_overflows::<$t>("sub", 0, self) {
                None
            } else {
                Some(self.wrapping_neg())
            }
        }
        pub fn checked_shl(self, rhs: u32) -> Option<$t> {
            if rhs < $t::BITS {
                Some(self << rhs)
            } else {
                None
            }
        }
        pub fn checked_shr(self, rhs: u32) -> Option<$t> {
            if rhs < $t::BITS {
                Some(self >> rhs)
            } else {
                None
            }
        }
        pub fn checked_pow(self, mut exp: u32) -> Option<$t> {
            let mut base = self;
            let mut acc: $t = 1;
            while exp > 0 {
                if (exp & 1) == 1 {
                    acc = match acc.checked_mul(base) {
                        Some(x) => x,
                        None => return None,
                    };
                }
                exp /= 2;
                if exp > 0 {
                    base = match base.checked_mul(base) {
                        Some(x) => x,
                        None => return None,
                    };
                }
            }
            Some(acc)
        }
        pub fn checked_div_euclid(self, rhs: $t) -> Option<$t> {
            if rhs == 0 || __intrinsic_overflows::<$t>("div", self, rhs) {
                None
            } else {
                Some(self.div_euclid(rhs))
            }
        }
        pub fn checked_rem_euclid(self, rhs: $t) -> Option<$t> {
            if rhs == 0 || __intrinsic_overflows::<$t>("div", self, rhs) {
                None
            } else {
                Some(self.rem_euclid(rhs))
            }
        }
        pub fn overflowing_neg(self) -> ($t, bool) {
            (
                self.wrapping_neg(),
                __intrinsic_overflows::<$t>("sub", 0, self),
            )
        }
        pub fn overflowing_pow(self, exp: u32) -> ($t, bool) {
            (self.wrapping_pow(exp), self.checked_pow(exp).is_none())
        }
        pub fn overflowing_div(self, rhs: $t) -> ($t, bool) {
            (
                self.wrapping_div(rhs),
                __intrinsic_overflows::<$t>("div", self, rhs),
            )
        }
        pub fn overflowing_rem(self, rhs: $t) -> ($t, bool) {
            (
                self.wrapping_rem(rhs),
                __intrinsic_overflows::<$t>("div", self, rhs),
            )
        }
        pub fn overflowing_shl(self, rhs: u32) -> ($t, bool) {
            (self.wrapping_shl(rhs), rhs >= $t::BITS)
        }
        pub fn overflowing_shr(self, rhs: u32) -> ($t, bool) {
            (self.wrapping_shr(rhs), rhs >= $t::BITS)
        }
        pub fn saturating_pow(self, exp: u32) -> $t {
            match self.checked_pow(exp) {
                Some(x) => x,
                None => {
                    if self < 0 && exp % 2 == 1 {
                        $t::MIN
                    } else {
                        $t::MAX
                    }
                }
            }
        }
        pub fn saturating_div(self, rhs: $t) -> $t {
            if __intrinsic_overflows::<$t>("div", self, rhs) {
                $t::MAX
            } else {
                self / rhs
            }
        }
        pub fn ilog(self, base: $t) -> u32 {
            assert!(base >= 2, "base of integer logarithm must be at least 2");
            match self.checked_ilog(base) {
                Some(n) => n,
                None => panic!("argument of integer logarithm must be positive"),
            }
        }
        pub fn ilog2(self) -> u32 {
            match self.checked_ilog2() {
                Some(n) => n,
                None => panic!("argument of integer logarithm must be positive"),
            }
        }
        pub fn ilog10(self) -> u32 {
            match self.checked_ilog10() {
                Some(n) => n,
                None => panic!("argument of integer logarithm must be positive"),
            }
        }
        pub fn checked_ilog(self, base: $t) -> Option<u32> {
            if self <= 0 || base < 2 {
                return None;
            }
            let mut n = 0;
            let mut r = self;
            while r >= base {
                r = r / base;
                n += 1;
            }
            Some(n)
        }
        pub fn checked_ilog2(self) -> Option<u32> {
            if self <= 0 {
                None
            } else {
                Some($t::BITS - 1 - self.leading_zeros())
            }
        }
        pub fn checked_ilog10(self) -> Option<u32> {
            self.checked_ilog(10)
        }
    };
}

/// What the signed and unsigned integers have alike past `int_arith_methods!`: byte order and
/// the `strict_*` arithmetic that panics where a debug build's operators do.
macro_rules! int_strict_methods {
    ($t:ident) => {
        pub fn to_be(self) -> $t {
            self.swap_bytes()
        }
        pub fn to_le(self) -> $t {
            self
        }
        pub fn from_be(x: $t) -> $t {
            x.swap_bytes()
        }
        pub fn from_le(x: $t) -> $t {
            x
        }
        pub fn strict_add(self, rhs: $t) -> $t {
            self + rhs
        }
        pub fn strict_sub(self, rhs: $t) -> $t {
            self - rhs
        }
        pub fn strict_mul(self, rhs: $t) -> $t {
            self * rhs
        }
        pub fn strict_pow(self, exp: u32) -> $t {
            match self.checked_pow(exp) {
                Some(x) => x,
                None => panic!("attempt to multiply with overflow"),
            }
        }
        pub fn strict_shl(self, rhs: u32) -> $t {
            let (a, b) = self.overflowing_shl(rhs);
            if b {
                panic!("attempt to shift left with overflow")
            } else {
                a
            }
        }
        pub fn strict_shr(self, rhs: u32) -> $t {
            let (a, b) = self.overflowing_shr(rhs);
            if b {
                panic!("attempt to shift right with overflow")
            } else {
                a
            }
        }
        pub fn strict_neg(self) -> $t {
            let (a, b) = self.overflowing_neg();
            if b {
                panic!("attempt to negate with overflow")
            } else {
                a
            }
        }
        pub fn unbounded_shl(self, rhs: u32) -> $t {
            if rhs < $t::BITS { self << rhs } else { 0 }
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
        pub fn count_zeros(self) -> u32 {
            $bits - self.count_ones()
        }
        pub fn leading_ones(self) -> u32 {
            (!self).leading_zeros()
        }
        pub fn trailing_ones(self) -> u32 {
            (!self).trailing_zeros()
        }
    };
}

/// Methods on an integer's bits and bytes, written once on the unsigned type of its width (a
/// signed type's shift would carry its sign in).
macro_rules! int_byte_methods {
    ($t:ident, $unsigned:ident, $bytes:literal) => {
        pub fn rotate_left(self, n: u32) -> $t {
            let x = self as $unsigned;
            let k = n % $unsigned::BITS;
            if k == 0 {
                self
            } else {
                ((x << k) | (x >> ($unsigned::BITS - k))) as $t
            }
        }
        pub fn rotate_right(self, n: u32) -> $t {
            let k = n % $unsigned::BITS;
            self.rotate_left(($unsigned::BITS - k) % $unsigned::BITS)
        }
        pub fn swap_bytes(self) -> $t {
            $t::from_le_bytes(self.to_be_bytes())
        }
        pub fn reverse_bits(self) -> $t {
            let mut x = self as $unsigned;
            let mut r: $unsigned = 0;
            let mut i = 0;
            while i < $unsigned::BITS {
                r = (r << 1) | (x & 1);
                x = x >> 1;
                i += 1;
            }
            r as $t
        }
        pub fn to_be_bytes(self) -> [u8; $bytes] {
            let mut out = [0u8; $bytes];
            let mut x = self as $unsigned;
            let mut i = $bytes;
            while i > 0 {
                i -= 1;
                out[i] = x as u8;
                x = x.wrapping_shr(8);
            }
            out
        }
        pub fn to_le_bytes(self) -> [u8; $bytes] {
            let mut out = [0u8; $bytes];
            let mut x = self as $unsigned;
            let mut i = 0;
            while i < $bytes {
                out[i] = x as u8;
                x = x.wrapping_shr(8);
                i += 1;
            }
            out
        }
        pub fn to_ne_bytes(self) -> [u8; $bytes] {
            self.to_le_bytes()
        }
        pub fn from_be_bytes(bytes: [u8; $bytes]) -> $t {
            let mut x: $unsigned = 0;
            let mut i = 0;
            while i < $bytes {
                x = x.wrapping_shl(8) | (bytes[i] as $unsigned);
                i += 1;
            }
            x as $t
        }
        pub fn from_le_bytes(bytes: [u8; $bytes]) -> $t {
            let mut x: $unsigned = 0;
            let mut i = $bytes;
            while i > 0 {
                i -= 1;
                x = x.wrapping_shl(8) | (bytes[i] as $unsigned);
            }
            x as $t
        }
        pub fn from_ne_bytes(bytes: [u8; $bytes]) -> $t {
            $t::from_le_bytes(bytes)
        }
    };
}

/// A signed integer's methods (core's `int_impl!`); `$unsigned` is the type of the same width
/// without a sign.
macro_rules! int_impl {
    ($t:ident, $unsigned:ident, $bits:literal, $bytes:literal) => {
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
            pub fn wrapping_abs(self) -> $t {
                if self < 0 { self.wrapping_neg() } else { self }
            }
            pub fn checked_abs(self) -> Option<$t> {
                if self == $t::MIN {
                    None
                } else {
                    Some(self.wrapping_abs())
                }
            }
            pub fn overflowing_abs(self) -> ($t, bool) {
                (self.wrapping_abs(), self == $t::MIN)
            }
            pub fn saturating_neg(self) -> $t {
                if self == $t::MIN { $t::MAX } else { -self }
            }
            pub fn saturating_abs(self) -> $t {
                if self == $t::MIN {
                    $t::MAX
                } else {
                    self.wrapping_abs()
                }
            }
            pub fn abs_diff(self, other: $t) -> $unsigned {
                if self < other {
                    (other as $unsigned).wrapping_sub(self as $unsigned)
                } else {
                    (self as $unsigned).wrapping_sub(other as $unsigned)
                }
            }
            pub fn isqrt(self) -> $t {
                assert!(
                    self >= 0,
                    "argument of integer square root cannot be negative"
                );
                (self as $unsigned).isqrt() as $t
            }
            int_strict_methods!($t);
            pub fn unbounded_shr(self, rhs: u32) -> $t {
                if rhs < $t::BITS {
                    self >> rhs
                } else {
                    self >> ($t::BITS - 1)
                }
            }
            pub fn cast_unsigned(self) -> $unsigned {
                self as $unsigned
            }
            pub fn checked_isqrt(self) -> Option<$t> {
                if self < 0 {
                    None
                } else {
                    Some((self as $unsigned).isqrt() as $t)
                }
            }
            pub fn overflowing_add_unsigned(self, rhs: $unsigned) -> ($t, bool) {
                let rhs = rhs as $t;
                let (res, overflowed) = self.overflowing_add(rhs);
                (res, overflowed ^ (rhs < 0))
            }
            pub fn overflowing_sub_unsigned(self, rhs: $unsigned) -> ($t, bool) {
                let rhs = rhs as $t;
                let (res, overflowed) = self.overflowing_sub(rhs);
                (res, overflowed ^ (rhs < 0))
            }
            pub fn checked_add_unsigned(self, rhs: $unsigned) -> Option<$t> {
                let (a, b) = self.overflowing_add_unsigned(rhs);
                if b { None } else { Some(a) }
            }
            pub fn checked_sub_unsigned(self, rhs: $unsigned) -> Option<$t> {
                let (a, b) = self.overflowing_sub_unsigned(rhs);
                if b { None } else { Some(a) }
            }
            pub fn wrapping_add_unsigned(self, rhs: $unsigned) -> $t {
                self.wrapping_add(rhs as $t)
            }
            pub fn wrapping_sub_unsigned(self, rhs: $unsigned) -> $t {
                self.wrapping_sub(rhs as $t)
            }
            pub fn saturating_add_unsigned(self, rhs: $unsigned) -> $t {
                match self.checked_add_unsigned(rhs) {
                    Some(x) => x,
                    None => $t::MAX,
                }
            }
            pub fn saturating_sub_unsigned(self, rhs: $unsigned) -> $t {
                match self.checked_sub_unsigned(rhs) {
                    Some(x) => x,
                    None => $t::MIN,
                }
            }
            pub fn strict_add_unsigned(self, rhs: $unsigned) -> $t {
                let (a, b) = self.overflowing_add_unsigned(rhs);
                if b {
                    panic!("attempt to add with overflow")
                } else {
                    a
                }
            }
            pub fn strict_sub_unsigned(self, rhs: $unsigned) -> $t {
                let (a, b) = self.overflowing_sub_unsigned(rhs);
                if b {
                    panic!("attempt to subtract with overflow")
                } else {
                    a
                }
            }
            pub fn strict_abs(self) -> $t {
                if self < 0 { self.strict_neg() } else { self }
            }
            pub fn overflowing_div_euclid(self, rhs: $t) -> ($t, bool) {
                if self == $t::MIN && rhs == -1 {
                    (self, true)
                } else {
                    (self.div_euclid(rhs), false)
                }
            }
            pub fn overflowing_rem_euclid(self, rhs: $t) -> ($t, bool) {
                if rhs == -1 {
                    (0, self == $t::MIN)
                } else {
                    (self.rem_euclid(rhs), false)
                }
            }
            pub fn wrapping_div_euclid(self, rhs: $t) -> $t {
                self.overflowing_div_euclid(rhs).0
            }
            pub fn wrapping_rem_euclid(self, rhs: $t) -> $t {
                self.overflowing_rem_euclid(rhs).0
            }
            pub fn strict_div(self, rhs: $t) -> $t {
                let (a, b) = self.overflowing_div(rhs);
                if b {
                    panic!("attempt to divide with overflow")
                } else {
                    a
                }
            }
            pub fn strict_rem(self, rhs: $t) -> $t {
                let (a, b) = self.overflowing_rem(rhs);
                if b {
                    panic!("attempt to calculate the remainder with overflow")
                } else {
                    a
                }
            }
            pub fn strict_div_euclid(self, rhs: $t) -> $t {
                let (a, b) = self.overflowing_div_euclid(rhs);
                if b {
                    panic!("attempt to divide with overflow")
                } else {
                    a
                }
            }
            pub fn strict_rem_euclid(self, rhs: $t) -> $t {
                let (a, b) = self.overflowing_rem_euclid(rhs);
                if b {
                    panic!("attempt to calculate the remainder with overflow")
                } else {
                    a
                }
            }
            int_byte_methods!($t, $unsigned, $bytes);
        }
    };
}

/// An unsigned integer's methods (core's `uint_impl!`).
macro_rules! uint_impl {
    ($t:ident, $signed:ident, $bits:literal, $bytes:literal) => {
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
            pub fn abs_diff(self, other: $t) -> $t {
                if self < other {
                    other - self
                } else {
                    self - other
                }
            }
            pub fn isqrt(self) -> $t {
                if self < 2 {
                    return self;
                }
                let mut x = self;
                let mut y = x / 2 + 1;
                while y < x {
                    x = y;
                    y = (x + self / x) / 2;
                }
                x
            }
            pub fn div_ceil(self, rhs: $t) -> $t {
                let d = self / rhs;
                if self % rhs > 0 { d + 1 } else { d }
            }
            pub fn next_multiple_of(self, rhs: $t) -> $t {
                match self % rhs {
                    0 => self,
                    r => self + (rhs - r),
                }
            }
            pub fn next_power_of_two(self) -> $t {
                self.one_less_than_next_power_of_two() + 1
            }
            pub fn checked_next_power_of_two(self) -> Option<$t> {
                self.one_less_than_next_power_of_two().checked_add(1)
            }
            fn one_less_than_next_power_of_two(self) -> $t {
                if self <= 1 {
                    0
                } else {
                    $t::MAX >> (self - 1).leading_zeros()
                }
            }
            int_strict_methods!($t);
            pub fn unbounded_shr(self, rhs: u32) -> $t {
                if rhs < $t::BITS { self >> rhs } else { 0 }
            }
            pub fn cast_signed(self) -> $signed {
                self as $signed
            }
            pub fn is_multiple_of(self, rhs: $t) -> bool {
                if rhs == 0 { self == 0 } else { self % rhs == 0 }
            }
            pub fn checked_next_multiple_of(self, rhs: $t) -> Option<$t> {
                match self.checked_rem(rhs) {
                    None => None,
                    Some(0) => Some(self),
                    Some(r) => self.checked_add(rhs - r),
                }
            }
            pub fn checked_signed_diff(self, rhs: $t) -> Option<$signed> {
                let res = self.wrapping_sub(rhs) as $signed;
                let overflow = (self >= rhs) == (res < 0);
                if !overflow { Some(res) } else { None }
            }
            pub fn overflowing_add_signed(self, rhs: $signed) -> ($t, bool) {
                let (res, overflowed) = self.overflowing_add(rhs as $t);
                (res, overflowed ^ (rhs < 0))
            }
            pub fn overflowing_sub_signed(self, rhs: $signed) -> ($t, bool) {
                let (res, overflowed) = self.overflowing_sub(rhs as $t);
                (res, overflowed ^ (rhs < 0))
            }
            pub fn checked_add_signed(self, rhs: $signed) -> Option<$t> {
                let (a, b) = self.overflowing_add_signed(rhs);
                if b { None } else { Some(a) }
            }
            pub fn checked_sub_signed(self, rhs: $signed) -> Option<$t> {
                let (a, b) = self.overflowing_sub_signed(rhs);
                if b { None } else { Some(a) }
            }
            pub fn wrapping_add_signed(self, rhs: $signed) -> $t {
                self.wrapping_add(rhs as $t)
            }
            pub fn wrapping_sub_signed(self, rhs: $signed) -> $t {
                self.wrapping_sub(rhs as $t)
            }
            pub fn saturating_add_signed(self, rhs: $signed) -> $t {
                let (res, overflow) = self.overflowing_add(rhs as $t);
                if overflow == (rhs < 0) {
                    res
                } else if overflow {
                    $t::MAX
                } else {
                    0
                }
            }
            pub fn saturating_sub_signed(self, rhs: $signed) -> $t {
                let (res, overflow) = self.overflowing_sub_signed(rhs);
                if !overflow {
                    res
                } else if rhs < 0 {
                    $t::MAX
                } else {
                    0
                }
            }
            pub fn strict_add_signed(self, rhs: $signed) -> $t {
                let (a, b) = self.overflowing_add_signed(rhs);
                if b {
                    panic!("attempt to add with overflow")
                } else {
                    a
                }
            }
            pub fn strict_sub_signed(self, rhs: $signed) -> $t {
                let (a, b) = self.overflowing_sub_signed(rhs);
                if b {
                    panic!("attempt to subtract with overflow")
                } else {
                    a
                }
            }
            pub fn overflowing_div_euclid(self, rhs: $t) -> ($t, bool) {
                (self / rhs, false)
            }
            pub fn overflowing_rem_euclid(self, rhs: $t) -> ($t, bool) {
                (self % rhs, false)
            }
            pub fn wrapping_div_euclid(self, rhs: $t) -> $t {
                self / rhs
            }
            pub fn wrapping_rem_euclid(self, rhs: $t) -> $t {
                self % rhs
            }
            pub fn strict_div(self, rhs: $t) -> $t {
                self / rhs
            }
            pub fn strict_rem(self, rhs: $t) -> $t {
                self % rhs
            }
            pub fn strict_div_euclid(self, rhs: $t) -> $t {
                self / rhs
            }
            pub fn strict_rem_euclid(self, rhs: $t) -> $t {
                self % rhs
            }
            pub fn carrying_add(self, rhs: $t, carry: bool) -> ($t, bool) {
                let (a, c1) = self.overflowing_add(rhs);
                let (b, c2) = a.overflowing_add(carry as $t);
                (b, c1 | c2)
            }
            pub fn borrowing_sub(self, rhs: $t, borrow: bool) -> ($t, bool) {
                let (a, c1) = self.overflowing_sub(rhs);
                let (b, c2) = a.overflowing_sub(borrow as $t);
                (b, c1 | c2)
            }
            pub fn carrying_mul(self, rhs: $t, carry: $t) -> ($t, $t) {
                self.carrying_mul_add(rhs, carry, 0)
            }
            /// `self * rhs + carry + add` in twice the width, as (low, high) halves: long
            /// multiplication of half-width digits (no wider type holds a `u128`'s product).
            pub fn carrying_mul_add(self, rhs: $t, carry: $t, add: $t) -> ($t, $t) {
                let half = $t::BITS / 2;
                let mask = $t::MAX >> half;
                let (a0, a1) = (self & mask, self >> half);
                let (b0, b1) = (rhs & mask, rhs >> half);
                let (p00, p01, p10, p11) = (a0 * b0, a0 * b1, a1 * b0, a1 * b1);
                let mid = (p00 >> half) + (p01 & mask) + (p10 & mask);
                let low = (p00 & mask) | ((mid & mask) << half);
                let high = p11 + (p01 >> half) + (p10 >> half) + (mid >> half);
                let (low, c1) = low.overflowing_add(carry);
                let (low, c2) = low.overflowing_add(add);
                (low, high + c1 as $t + c2 as $t)
            }
            int_byte_methods!($t, $t, $bytes);
        }
    };
}

int_impl!(i8, u8, 8, 1);
int_impl!(i16, u16, 16, 2);
int_impl!(i32, u32, 32, 4);
int_impl!(i64, u64, 64, 8);
int_impl!(i128, u128, 128, 16);
int_impl!(isize, usize, 64, 8);
uint_impl!(u8, i8, 8, 1);
uint_impl!(u16, i16, 16, 2);
uint_impl!(u32, i32, 32, 4);
uint_impl!(u64, i64, 64, 8);
uint_impl!(u128, i128, 128, 16);
uint_impl!(usize, isize, 64, 8);

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
    ($t:ident, $bits:ident) => {
        impl $t {
            pub fn to_bits(self) -> $bits {
                __intrinsic_float_to_bits::<$t, $bits>(self)
            }
            pub fn from_bits(v: $bits) -> $t {
                __intrinsic_float_from_bits::<$t, $bits>(v)
            }
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
            float_unary_op!($t, exp_m1);
            float_unary_op!($t, ln_1p);
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
                __intrinsic_float_mul_add::<$t>(self, a, b)
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
            float_unary_op!($t, round_ties_even);
            pub fn recip(self) -> $t {
                1.0 / self
            }
            pub fn sin_cos(self) -> ($t, $t) {
                (self.sin(), self.cos())
            }
            pub fn asinh(self) -> $t {
                let ax = self.abs();
                let ix = 1.0 / ax;
                (ax + (ax / ($t::hypot(1.0, ix) + ix)))
                    .ln_1p()
                    .copysign(self)
            }
            pub fn acosh(self) -> $t {
                if self < 1.0 {
                    $t::NAN
                } else {
                    (self + ((self - 1.0).sqrt() * (self + 1.0).sqrt())).ln()
                }
            }
            pub fn atanh(self) -> $t {
                0.5 * ((2.0 * self) / (1.0 - self)).ln_1p()
            }
            pub fn classify(self) -> FpCategory {
                if self.is_nan() {
                    FpCategory::Nan
                } else if self.is_infinite() {
                    FpCategory::Infinite
                } else if self == 0.0 {
                    FpCategory::Zero
                } else if self.abs() < $t::MIN_POSITIVE {
                    FpCategory::Subnormal
                } else {
                    FpCategory::Normal
                }
            }
            pub fn is_normal(self) -> bool {
                matches!(self.classify(), FpCategory::Normal)
            }
            pub fn is_subnormal(self) -> bool {
                matches!(self.classify(), FpCategory::Subnormal)
            }
            /// The least number greater than `self`, by its bits (core's `next_up`).
            pub fn next_up(self) -> $t {
                let bits = self.to_bits();
                if self.is_nan() || bits == $t::INFINITY.to_bits() {
                    return self;
                }
                let abs = bits & ($bits::MAX >> 1);
                let next_bits = if abs == 0 {
                    1
                } else if bits == abs {
                    bits + 1
                } else {
                    bits - 1
                };
                $t::from_bits(next_bits)
            }
            pub fn next_down(self) -> $t {
                let bits = self.to_bits();
                if self.is_nan() || bits == $t::NEG_INFINITY.to_bits() {
                    return self;
                }
                let abs = bits & ($bits::MAX >> 1);
                let next_bits = if abs == 0 {
                    (-0.0 as $t).to_bits() | 1
                } else if bits == abs {
                    bits - 1
                } else {
                    bits + 1
                };
                $t::from_bits(next_bits)
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

float_impl!(f64, u64);
float_impl!(f32, u32);

impl f64 {
    pub fn midpoint(self, other: f64) -> f64 {
        const HI: f64 = f64::MAX / 2.;
        let (a, b) = (self, other);
        let abs_a = a.abs();
        let abs_b = b.abs();
        if abs_a <= HI && abs_b <= HI {
            (a + b) / 2.
        } else {
            (a / 2.) + (b / 2.)
        }
    }
}

impl f32 {
    /// x86_64 computes it in `f64`, where it cannot overflow.
    pub fn midpoint(self, other: f32) -> f32 {
        ((self as f64 + other as f64) / 2.0) as f32
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum FpCategory {
    Nan,
    Infinite,
    Zero,
    Subnormal,
    Normal,
}
