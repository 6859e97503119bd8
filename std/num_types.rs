//! `std::num`'s wrapper types: `Wrapping<T>` and `Saturating<T>` (arithmetic that wraps or
//! saturates instead of panicking on overflow), written as core/num/wrapping.rs and
//! saturating.rs write them: one impl per integer type, each forwarding to the integer's own
//! `wrapping_*` or `saturating_*` method.

/// Formats as the value it wraps (`Wrapping(3)` prints `3` with `{}` and `{:?}`).
macro_rules! transparent_fmt {
    ($wrapper:ident) => {
        impl<T: Display> Display for $wrapper<T> {
            fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
                __intrinsic_fmt_display::<T>(&self.0, f)
            }
        }

        impl<T: Debug> Debug for $wrapper<T> {
            fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
                __intrinsic_fmt_debug::<T>(&self.0, f)
            }
        }
    };
}

/// A binary operator of a wrapper type and its compound assignments (by the wrapper and, as
/// since Rust 1.60, by the bare integer).
macro_rules! wrapper_binop {
    ($wrapper:ident, $name:ident, $method:ident, $assign_name:ident, $assign_method:ident, $int_method:ident, $t:ident) => {
        impl $name for $wrapper<$t> {
            type Output = $wrapper<$t>;
            fn $method(self, other: $wrapper<$t>) -> $wrapper<$t> {
                $wrapper(self.0.$int_method(other.0))
            }
        }
        impl $assign_name for $wrapper<$t> {
            fn $assign_method(&mut self, other: $wrapper<$t>) {
                *self = $wrapper(self.0.$int_method(other.0));
            }
        }
        impl $assign_name<$t> for $wrapper<$t> {
            fn $assign_method(&mut self, other: $t) {
                *self = $wrapper(self.0.$int_method(other));
            }
        }
    };
}

/// `& | ^`, which cannot overflow, for a wrapper type.
macro_rules! wrapper_bitop {
    ($wrapper:ident, $name:ident, $method:ident, $op:tt, $assign_name:ident, $assign_method:ident, $t:ident) => {
        impl $name for $wrapper<$t> {
            type Output = $wrapper<$t>;
            fn $method(self, other: $wrapper<$t>) -> $wrapper<$t> {
                $wrapper(self.0 $op other.0)
            }
        }
        impl $assign_name for $wrapper<$t> {
            fn $assign_method(&mut self, other: $wrapper<$t>) {
                *self = $wrapper(self.0 $op other.0);
            }
        }
        impl $assign_name<$t> for $wrapper<$t> {
            fn $assign_method(&mut self, other: $t) {
                *self = $wrapper(self.0 $op other);
            }
        }
    };
}

/// `std::num::Wrapping`: arithmetic modulo 2^bits.
#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy, Default, Hash)]
pub struct Wrapping<T>(pub T);

transparent_fmt!(Wrapping);

/// Wrapping's operators for one integer type (core's `wrapping_impl!` and `sh_impl_unsigned!`:
/// shifts take a `usize` and mask it as `wrapping_shl` does).
macro_rules! wrapping_impl {
    ($t:ident) => {
        wrapper_binop!(Wrapping, Add, add, AddAssign, add_assign, wrapping_add, $t);
        wrapper_binop!(Wrapping, Sub, sub, SubAssign, sub_assign, wrapping_sub, $t);
        wrapper_binop!(Wrapping, Mul, mul, MulAssign, mul_assign, wrapping_mul, $t);
        wrapper_binop!(Wrapping, Div, div, DivAssign, div_assign, wrapping_div, $t);
        wrapper_binop!(Wrapping, Rem, rem, RemAssign, rem_assign, wrapping_rem, $t);
        wrapper_bitop!(Wrapping, BitAnd, bitand, &, BitAndAssign, bitand_assign, $t);
        wrapper_bitop!(Wrapping, BitOr, bitor, |, BitOrAssign, bitor_assign, $t);
        wrapper_bitop!(Wrapping, BitXor, bitxor, ^, BitXorAssign, bitxor_assign, $t);
        impl Neg for Wrapping<$t> {
            type Output = Wrapping<$t>;
            fn neg(self) -> Wrapping<$t> {
                Wrapping(0) - self
            }
        }
        impl Not for Wrapping<$t> {
            type Output = Wrapping<$t>;
            fn not(self) -> Wrapping<$t> {
                Wrapping(!self.0)
            }
        }
        impl Shl<usize> for Wrapping<$t> {
            type Output = Wrapping<$t>;
            fn shl(self, other: usize) -> Wrapping<$t> {
                Wrapping(self.0.wrapping_shl(other as u32))
            }
        }
        impl ShlAssign<usize> for Wrapping<$t> {
            fn shl_assign(&mut self, other: usize) {
                *self = Wrapping(self.0.wrapping_shl(other as u32));
            }
        }
        impl Shr<usize> for Wrapping<$t> {
            type Output = Wrapping<$t>;
            fn shr(self, other: usize) -> Wrapping<$t> {
                Wrapping(self.0.wrapping_shr(other as u32))
            }
        }
        impl ShrAssign<usize> for Wrapping<$t> {
            fn shr_assign(&mut self, other: usize) {
                *self = Wrapping(self.0.wrapping_shr(other as u32));
            }
        }
    };
}

wrapping_impl!(u8);
wrapping_impl!(u16);
wrapping_impl!(u32);
wrapping_impl!(u64);
wrapping_impl!(u128);
wrapping_impl!(usize);
wrapping_impl!(i8);
wrapping_impl!(i16);
wrapping_impl!(i32);
wrapping_impl!(i64);
wrapping_impl!(i128);
wrapping_impl!(isize);

/// `std::num::Saturating`: arithmetic clamped to the type's bounds.
#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy, Default, Hash)]
pub struct Saturating<T>(pub T);

transparent_fmt!(Saturating);

/// Saturating's operators for one integer type (core's `saturating_impl!`; division cannot
/// overflow but for `MIN / -1`, which `saturating_div` clamps, and `%` panics as the integer's).
macro_rules! saturating_impl {
    ($t:ident) => {
        wrapper_binop!(Saturating, Add, add, AddAssign, add_assign, saturating_add, $t);
        wrapper_binop!(Saturating, Sub, sub, SubAssign, sub_assign, saturating_sub, $t);
        wrapper_binop!(Saturating, Mul, mul, MulAssign, mul_assign, saturating_mul, $t);
        wrapper_binop!(Saturating, Div, div, DivAssign, div_assign, saturating_div, $t);
        wrapper_bitop!(Saturating, Rem, rem, %, RemAssign, rem_assign, $t);
        wrapper_bitop!(Saturating, BitAnd, bitand, &, BitAndAssign, bitand_assign, $t);
        wrapper_bitop!(Saturating, BitOr, bitor, |, BitOrAssign, bitor_assign, $t);
        wrapper_bitop!(Saturating, BitXor, bitxor, ^, BitXorAssign, bitxor_assign, $t);
        impl Not for Saturating<$t> {
            type Output = Saturating<$t>;
            fn not(self) -> Saturating<$t> {
                Saturating(!self.0)
            }
        }
    };
}

saturating_impl!(u8);
saturating_impl!(u16);
saturating_impl!(u32);
saturating_impl!(u64);
saturating_impl!(u128);
saturating_impl!(usize);
saturating_impl!(i8);
saturating_impl!(i16);
saturating_impl!(i32);
saturating_impl!(i64);
saturating_impl!(i128);
saturating_impl!(isize);

/// `-` on a signed `Saturating` (`-MIN` is `MAX`).
macro_rules! saturating_neg_impl {
    ($t:ident) => {
        impl Neg for Saturating<$t> {
            type Output = Saturating<$t>;
            fn neg(self) -> Saturating<$t> {
                Saturating(self.0.saturating_neg())
            }
        }
    };
}

saturating_neg_impl!(i8);
saturating_neg_impl!(i16);
saturating_neg_impl!(i32);
saturating_neg_impl!(i64);
saturating_neg_impl!(i128);
saturating_neg_impl!(isize);

/// `std::num::NonZero<T>`: an integer that is never zero, so that zero is the niche an enum
/// holding it keeps its other variants in (`Option<NonZeroU32>` is 4 bytes, `None` being 0).
#[rustc_layout_scalar_valid_range_start(1)]
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NonZero<T>(T);

pub type NonZeroU8 = NonZero<u8>;
pub type NonZeroU16 = NonZero<u16>;
pub type NonZeroU32 = NonZero<u32>;
pub type NonZeroU64 = NonZero<u64>;
pub type NonZeroU128 = NonZero<u128>;
pub type NonZeroUsize = NonZero<usize>;
pub type NonZeroI8 = NonZero<i8>;
pub type NonZeroI16 = NonZero<i16>;
pub type NonZeroI32 = NonZero<i32>;
pub type NonZeroI64 = NonZero<i64>;
pub type NonZeroI128 = NonZero<i128>;
pub type NonZeroIsize = NonZero<isize>;

transparent_fmt!(NonZero);

/// The integer types a `NonZero` can hold (std's sealed trait of that name).
pub trait ZeroablePrimitive: Copy {
    fn __is_zero(self) -> bool;
}

/// What every `NonZero` has, whatever its integer (generic as std's, so that `NonZero::new(-3)`
/// infers its type from its argument).
impl<T: ZeroablePrimitive> NonZero<T> {
    pub fn new(n: T) -> Option<NonZero<T>> {
        if n.__is_zero() {
            None
        } else {
            Some(NonZero(n))
        }
    }
    pub unsafe fn new_unchecked(n: T) -> NonZero<T> {
        if n.__is_zero() {
            __intrinsic_unsupported(
                "`NonZero::new_unchecked(0)`, whose precondition check aborts the process",
            );
        }
        NonZero(n)
    }
    pub fn get(self) -> T {
        self.0
    }
}

/// The `NonZero` of a checked operation's result (never zero when there is one).
fn __nonzero_of<T>(result: Option<T>) -> Option<NonZero<T>> {
    match result {
        Some(n) => Some(NonZero(n)),
        None => None,
    }
}

/// What every `NonZero<$t>` has (core/num/nonzero.rs's `nonzero_integer!`).
macro_rules! nonzero_impl {
    ($t:ident) => {
        impl ZeroablePrimitive for $t {
            fn __is_zero(self) -> bool {
                self == 0
            }
        }

        impl NonZero<$t> {
            pub fn leading_zeros(self) -> u32 {
                self.0.leading_zeros()
            }
            pub fn trailing_zeros(self) -> u32 {
                self.0.trailing_zeros()
            }
            pub fn count_ones(self) -> NonZero<u32> {
                NonZero(self.0.count_ones())
            }
            pub fn checked_mul(self, other: NonZero<$t>) -> Option<NonZero<$t>> {
                __nonzero_of(self.0.checked_mul(other.0))
            }
            pub fn saturating_mul(self, other: NonZero<$t>) -> NonZero<$t> {
                NonZero(self.0.saturating_mul(other.0))
            }
            pub fn checked_pow(self, other: u32) -> Option<NonZero<$t>> {
                __nonzero_of(self.0.checked_pow(other))
            }
            pub fn saturating_pow(self, other: u32) -> NonZero<$t> {
                NonZero(self.0.saturating_pow(other))
            }
        }

        impl From<NonZero<$t>> for $t {
            fn from(nonzero: NonZero<$t>) -> $t {
                nonzero.0
            }
        }

        impl TryFrom<$t> for NonZero<$t> {
            type Error = TryFromIntError;
            fn try_from(value: $t) -> Result<NonZero<$t>, TryFromIntError> {
                match NonZero::<$t>::new(value) {
                    Some(n) => Ok(n),
                    None => Err(TryFromIntError(())),
                }
            }
        }

        impl FromStr for NonZero<$t> {
            type Err = ParseIntError;
            fn from_str(src: &str) -> Result<NonZero<$t>, ParseIntError> {
                match NonZero::<$t>::new($t::from_str_radix(src, 10)?) {
                    Some(n) => Ok(n),
                    None => Err(ParseIntError {
                        kind: IntErrorKind::Zero,
                    }),
                }
            }
        }

        impl BitOr for NonZero<$t> {
            type Output = NonZero<$t>;
            fn bitor(self, rhs: NonZero<$t>) -> NonZero<$t> {
                NonZero(self.0 | rhs.0)
            }
        }

        impl BitOr<$t> for NonZero<$t> {
            type Output = NonZero<$t>;
            fn bitor(self, rhs: $t) -> NonZero<$t> {
                NonZero(self.0 | rhs)
            }
        }
    };
}

/// An unsigned `NonZero`'s own methods: adding to one cannot reach zero.
macro_rules! nonzero_unsigned_impl {
    ($t:ident) => {
        nonzero_impl!($t);
        impl NonZero<$t> {
            pub fn checked_add(self, other: $t) -> Option<NonZero<$t>> {
                __nonzero_of(self.0.checked_add(other))
            }
            pub fn saturating_add(self, other: $t) -> NonZero<$t> {
                NonZero(self.0.saturating_add(other))
            }
            pub fn is_power_of_two(self) -> bool {
                self.0.is_power_of_two()
            }
            pub fn ilog2(self) -> u32 {
                self.0.ilog2()
            }
            pub fn ilog10(self) -> u32 {
                self.0.ilog10()
            }
        }

        impl Div<NonZero<$t>> for $t {
            type Output = $t;
            fn div(self, other: NonZero<$t>) -> $t {
                self / other.0
            }
        }

        impl Rem<NonZero<$t>> for $t {
            type Output = $t;
            fn rem(self, other: NonZero<$t>) -> $t {
                self % other.0
            }
        }
    };
}

/// A signed `NonZero`'s own methods (the absolute value and negation of a non-zero number are
/// not zero).
macro_rules! nonzero_signed_impl {
    ($t:ident, $unsigned:ident) => {
        nonzero_impl!($t);
        impl NonZero<$t> {
            pub fn abs(self) -> NonZero<$t> {
                NonZero(self.0.abs())
            }
            pub fn checked_abs(self) -> Option<NonZero<$t>> {
                __nonzero_of(self.0.checked_abs())
            }
            pub fn wrapping_abs(self) -> NonZero<$t> {
                NonZero(self.0.wrapping_abs())
            }
            pub fn saturating_abs(self) -> NonZero<$t> {
                NonZero(self.0.saturating_abs())
            }
            pub fn unsigned_abs(self) -> NonZero<$unsigned> {
                NonZero(self.0.unsigned_abs())
            }
            pub fn is_positive(self) -> bool {
                self.0.is_positive()
            }
            pub fn is_negative(self) -> bool {
                self.0.is_negative()
            }
            pub fn checked_neg(self) -> Option<NonZero<$t>> {
                __nonzero_of(self.0.checked_neg())
            }
            pub fn wrapping_neg(self) -> NonZero<$t> {
                NonZero(self.0.wrapping_neg())
            }
            pub fn saturating_neg(self) -> NonZero<$t> {
                NonZero(self.0.saturating_neg())
            }
        }

        impl Neg for NonZero<$t> {
            type Output = NonZero<$t>;
            fn neg(self) -> NonZero<$t> {
                NonZero(-self.0)
            }
        }
    };
}

nonzero_unsigned_impl!(u8);
nonzero_unsigned_impl!(u16);
nonzero_unsigned_impl!(u32);
nonzero_unsigned_impl!(u64);
nonzero_unsigned_impl!(u128);
nonzero_unsigned_impl!(usize);
nonzero_signed_impl!(i8, u8);
nonzero_signed_impl!(i16, u16);
nonzero_signed_impl!(i32, u32);
nonzero_signed_impl!(i64, u64);
nonzero_signed_impl!(i128, u128);
nonzero_signed_impl!(isize, usize);
