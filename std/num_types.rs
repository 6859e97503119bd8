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
