//! Operator traits and `Ordering`, as std defines them. A binary operator on a type that is not
//! a primitive calls its impl of these traits. (std's traits default `Rhs` to `Self`; an impl
//! that names no `Rhs` gets `Self`, see TypeContext.)

/// A binary operator's trait and its compound assignment's (`Add` and `AddAssign`).
macro_rules! binary_op_traits {
    ($name:ident, $method:ident, $assign_name:ident, $assign_method:ident) => {
        pub trait $name<Rhs> {
            type Output;
            fn $method(self, rhs: Rhs) -> Self::Output;
        }

        pub trait $assign_name<Rhs> {
            fn $assign_method(&mut self, rhs: Rhs);
        }
    };
}

binary_op_traits!(Add, add, AddAssign, add_assign);
binary_op_traits!(Sub, sub, SubAssign, sub_assign);
binary_op_traits!(Mul, mul, MulAssign, mul_assign);
binary_op_traits!(Div, div, DivAssign, div_assign);
binary_op_traits!(Rem, rem, RemAssign, rem_assign);
binary_op_traits!(BitAnd, bitand, BitAndAssign, bitand_assign);
binary_op_traits!(BitOr, bitor, BitOrAssign, bitor_assign);
binary_op_traits!(BitXor, bitxor, BitXorAssign, bitxor_assign);
binary_op_traits!(Shl, shl, ShlAssign, shl_assign);
binary_op_traits!(Shr, shr, ShrAssign, shr_assign);

/// core's impl of an operator trait for a primitive (what a generic `T: Add<Output = T>` calls):
/// the operator itself, so overflow and division by zero panic as the built-in operator does.
macro_rules! primitive_op_impl {
    ($name:ident, $method:ident, $op:tt, $assign_name:ident, $assign_method:ident, $assign_op:tt, $t:ident) => {
impl $name for $t {
    type Output = $t;
    fn $method(self, other: $t) -> $t { self $op other }
}
impl $assign_name for $t {
    fn $assign_method(&mut self, other: $t) { *self $assign_op other; }
}
    };
}

/// `+ - * / %` for a number type.
macro_rules! arith_op_impls {
    ($t:ident) => {
        primitive_op_impl!(Add, add, +, AddAssign, add_assign, +=, $t);
        primitive_op_impl!(Sub, sub, -, SubAssign, sub_assign, -=, $t);
        primitive_op_impl!(Mul, mul, *, MulAssign, mul_assign, *=, $t);
        primitive_op_impl!(Div, div, /, DivAssign, div_assign, /=, $t);
        primitive_op_impl!(Rem, rem, %, RemAssign, rem_assign, %=, $t);
    };
}

/// `& | ^` for an integer type or `bool`.
macro_rules! bit_op_impls {
    ($t:ident) => {
        primitive_op_impl!(BitAnd, bitand, &, BitAndAssign, bitand_assign, &=, $t);
        primitive_op_impl!(BitOr, bitor, |, BitOrAssign, bitor_assign, |=, $t);
        primitive_op_impl!(BitXor, bitxor, ^, BitXorAssign, bitxor_assign, ^=, $t);
    };
}

/// `<< >>` for an integer type.
macro_rules! shift_op_impls {
    ($t:ident) => {
        primitive_op_impl!(Shl, shl, <<, ShlAssign, shl_assign, <<=, $t);
        primitive_op_impl!(Shr, shr, >>, ShrAssign, shr_assign, >>=, $t);
    };
}

arith_op_impls!(i8);
arith_op_impls!(i16);
arith_op_impls!(i32);
arith_op_impls!(i64);
arith_op_impls!(i128);
arith_op_impls!(isize);
arith_op_impls!(u8);
arith_op_impls!(u16);
arith_op_impls!(u32);
arith_op_impls!(u64);
arith_op_impls!(u128);
arith_op_impls!(usize);
arith_op_impls!(f32);
arith_op_impls!(f64);
bit_op_impls!(i8);
bit_op_impls!(i16);
bit_op_impls!(i32);
bit_op_impls!(i64);
bit_op_impls!(i128);
bit_op_impls!(isize);
bit_op_impls!(u8);
bit_op_impls!(u16);
bit_op_impls!(u32);
bit_op_impls!(u64);
bit_op_impls!(u128);
bit_op_impls!(usize);
bit_op_impls!(bool);
shift_op_impls!(i8);
shift_op_impls!(i16);
shift_op_impls!(i32);
shift_op_impls!(i64);
shift_op_impls!(i128);
shift_op_impls!(isize);
shift_op_impls!(u8);
shift_op_impls!(u16);
shift_op_impls!(u32);
shift_op_impls!(u64);
shift_op_impls!(u128);
shift_op_impls!(usize);

macro_rules! neg_impl {
    ($t:ident) => {
        impl Neg for $t {
            type Output = $t;
            fn neg(self) -> $t {
                -self
            }
        }
    };
}

neg_impl!(i8);
neg_impl!(i16);
neg_impl!(i32);
neg_impl!(i64);
neg_impl!(i128);
neg_impl!(isize);
neg_impl!(f32);
neg_impl!(f64);

macro_rules! not_impl {
    ($t:ident) => {
        impl Not for $t {
            type Output = $t;
            fn not(self) -> $t {
                !self
            }
        }
    };
}

not_impl!(i8);
not_impl!(i16);
not_impl!(i32);
not_impl!(i64);
not_impl!(i128);
not_impl!(isize);
not_impl!(u8);
not_impl!(u16);
not_impl!(u32);
not_impl!(u64);
not_impl!(u128);
not_impl!(usize);
not_impl!(bool);

pub trait Neg {
    type Output;
    fn neg(self) -> Self::Output;
}

pub trait Not {
    type Output;
    fn not(self) -> Self::Output;
}

pub trait Index<Idx> {
    type Output;
    fn index(&self, index: Idx) -> &Self::Output;
}

pub trait IndexMut<Idx>: Index<Idx> {
    fn index_mut(&mut self, index: Idx) -> &mut Self::Output;
}

pub trait Deref {
    type Target;
    fn deref(&self) -> &Self::Target;
}

pub trait DerefMut: Deref {
    fn deref_mut(&mut self) -> &mut Self::Target;
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Ordering {
    Less = -1,
    Equal = 0,
    Greater = 1,
}

impl Ordering {
    pub fn is_lt(self) -> bool {
        match self {
            Ordering::Less => true,
            _ => false,
        }
    }

    pub fn is_gt(self) -> bool {
        match self {
            Ordering::Greater => true,
            _ => false,
        }
    }

    pub fn is_eq(self) -> bool {
        match self {
            Ordering::Equal => true,
            _ => false,
        }
    }

    pub fn reverse(self) -> Ordering {
        match self {
            Ordering::Less => Ordering::Greater,
            Ordering::Equal => Ordering::Equal,
            Ordering::Greater => Ordering::Less,
        }
    }

    pub fn then(self, other: Ordering) -> Ordering {
        match self {
            Ordering::Equal => other,
            _ => self,
        }
    }
}

/// std's `cmp::Reverse`: orders its value the other way round.
#[derive(PartialEq, Eq, Debug, Copy, Clone, Default, Hash)]
pub struct Reverse<T>(pub T);

impl<T: PartialOrd> PartialOrd for Reverse<T> {
    fn partial_cmp(&self, other: &Reverse<T>) -> Option<Ordering> {
        other.0.partial_cmp(&self.0)
    }
}

impl<T: Ord> Ord for Reverse<T> {
    fn cmp(&self, other: &Reverse<T>) -> Ordering {
        other.0.cmp(&self.0)
    }
}

/// `char::from_digit`, as core/char/convert.rs writes it.
fn __std_char_from_digit(num: u32, radix: u32) -> Option<char> {
    if radix > 36 {
        panic!("from_digit: radix is too high (maximum 36)");
    }
    if num < radix {
        let num = num as u8;
        if num < 10 {
            Some((b'0' + num) as char)
        } else {
            Some((b'a' + num - 10) as char)
        }
    } else {
        None
    }
}

fn __std_cmp_max<T: Ord>(v1: T, v2: T) -> T {
    v1.max(v2)
}

fn __std_cmp_min<T: Ord>(v1: T, v2: T) -> T {
    v1.min(v2)
}

fn __std_mem_swap<T>(x: &mut T, y: &mut T) {
    __intrinsic_swap::<T>(x, y)
}

fn __std_mem_replace<T>(dest: &mut T, src: T) -> T {
    let mut src = src;
    __intrinsic_swap::<T>(dest, &mut src);
    src
}

fn __std_mem_take<T: Default>(dest: &mut T) -> T {
    __std_mem_replace(dest, Default::default())
}

/// `Ord::clamp`, std's default method, for the types whose `Ord` the machine implements
/// (derived, std's types, tuples); the integers, `char` and `bool` have core's own.
fn __std_ord_clamp<T: Ord>(this: T, min: T, max: T) -> T {
    assert!(min <= max);
    if this < min {
        min
    } else if this > max {
        max
    } else {
        this
    }
}

/// `std::hint::black_box`: the value, which the optimiser (absent here) may not see through.
fn __std_hint_black_box<T>(dummy: T) -> T {
    dummy
}

fn __intrinsic_swap<T>(x: &mut T, y: &mut T) {
    unreachable!()
}

/** `partial_cmp` from what `__intrinsic_cmp` returns: 2 means unordered (a NaN). */
fn __partial_ordering(c: i8) -> Option<Ordering> {
    if c == 2 { None } else { Some(__ordering(c)) }
}

/** The `Ordering` for what `__intrinsic_cmp` returns (-1, 0, 1). */
fn __ordering(c: i8) -> Ordering {
    if c < 0 {
        Ordering::Less
    } else if c == 0 {
        Ordering::Equal
    } else {
        Ordering::Greater
    }
}
