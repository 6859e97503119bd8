//! `From` and `Into`, with std's blanket `impl<T, U: From<T>> Into<U> for T`; `TryFrom` and
//! `TryInto`, with std's blanket impls (every `From` is a `TryFrom` that cannot fail); the
//! conversions between primitives std implements (core/src/convert/num.rs, core/src/char).

pub trait From<T> {
    fn from(value: T) -> Self;
}

pub trait Into<T> {
    fn into(self) -> T;
}

impl<T, U: From<T>> Into<U> for T {
    fn into(self) -> U {
        U::from(self)
    }
}

impl From<&str> for String {
    fn from(s: &str) -> String {
        __intrinsic_string_from_str(s)
    }
}

impl From<&String> for String {
    fn from(s: &String) -> String {
        __intrinsic_string_from_str(s)
    }
}

impl From<u8> for char {
    fn from(b: u8) -> char {
        b as char
    }
}

/// std's `c.to_string()`: the char's UTF-8 bytes, allocated exactly.
impl From<char> for String {
    fn from(c: char) -> String {
        let mut s = String::with_capacity(c.len_utf8());
        s.push(c);
        s
    }
}

pub trait TryFrom<T> {
    type Error;
    fn try_from(value: T) -> Result<Self, Self::Error>;
}

pub trait TryInto<T> {
    type Error;
    fn try_into(self) -> Result<T, Self::Error>;
}

impl<T, U: TryFrom<T>> TryInto<U> for T {
    type Error = U::Error;

    fn try_into(self) -> Result<U, U::Error> {
        U::try_from(self)
    }
}

impl<T, U: Into<T>> TryFrom<U> for T {
    type Error = Infallible;

    fn try_from(value: U) -> Result<T, Infallible> {
        Ok(U::into(value))
    }
}

/// The error of a conversion that cannot fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Infallible {}

impl Display for Infallible {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        match *self {}
    }
}

/// The error of a conversion between integers that does not keep the value.
#[derive(Debug, Copy, Clone, PartialEq, Eq)]
pub struct TryFromIntError(());

impl Display for TryFromIntError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_pad(f, "out of range integral type conversion attempted")
    }
}

/// The error of `char::try_from(u32)`.
#[derive(Debug, Copy, Clone, PartialEq, Eq)]
pub struct CharTryFromError(());

impl Display for CharTryFromError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_pad(f, "converted integer out of range for `char`")
    }
}

/// The error of `u8::try_from(char)`.
#[derive(Debug, Copy, Clone, PartialEq, Eq)]
pub struct TryFromCharError(());

impl Display for TryFromCharError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_pad(f, "unicode code point out of range")
    }
}

impl TryFrom<u32> for char {
    type Error = CharTryFromError;

    fn try_from(i: u32) -> Result<char, CharTryFromError> {
        match char::from_u32(i) {
            Some(c) => Ok(c),
            None => Err(CharTryFromError(())),
        }
    }
}

/// A char as an integer narrower than `u32`, when its code point fits.
macro_rules! impl_try_from_char {
    ($target:ident) => {
        impl TryFrom<char> for $target {
            type Error = TryFromCharError;

            fn try_from(c: char) -> Result<$target, TryFromCharError> {
                let i = c as u32;
                if i <= $target::MAX as u32 {
                    Ok(i as $target)
                } else {
                    Err(TryFromCharError(()))
                }
            }
        }
    };
}

impl_try_from_char!(u8);
impl_try_from_char!(u16);

/// A lossless conversion between primitives (core's `impl_from!`): an `as` cast that keeps the
/// value.
macro_rules! impl_from {
    ($source:ident, $target:ident) => {
        impl From<$source> for $target {
            fn from(value: $source) -> $target {
                value as $target
            }
        }
    };
}

impl_from!(u8, u16);
impl_from!(u8, u32);
impl_from!(u8, u64);
impl_from!(u8, u128);
impl_from!(u8, usize);
impl_from!(u8, i16);
impl_from!(u8, i32);
impl_from!(u8, i64);
impl_from!(u8, i128);
impl_from!(u8, isize);
impl_from!(u16, u32);
impl_from!(u16, u64);
impl_from!(u16, u128);
impl_from!(u16, usize);
impl_from!(u16, i32);
impl_from!(u16, i64);
impl_from!(u16, i128);
impl_from!(u32, u64);
impl_from!(u32, u128);
impl_from!(u32, i64);
impl_from!(u32, i128);
impl_from!(u64, u128);
impl_from!(u64, i128);
impl_from!(i8, i16);
impl_from!(i8, i32);
impl_from!(i8, i64);
impl_from!(i8, i128);
impl_from!(i8, isize);
impl_from!(i16, i32);
impl_from!(i16, i64);
impl_from!(i16, i128);
impl_from!(i16, isize);
impl_from!(i32, i64);
impl_from!(i32, i128);
impl_from!(i64, i128);
impl_from!(bool, u8);
impl_from!(bool, u16);
impl_from!(bool, u32);
impl_from!(bool, u64);
impl_from!(bool, u128);
impl_from!(bool, usize);
impl_from!(bool, i8);
impl_from!(bool, i16);
impl_from!(bool, i32);
impl_from!(bool, i64);
impl_from!(bool, i128);
impl_from!(bool, isize);
impl_from!(bool, f32);
impl_from!(bool, f64);
impl_from!(char, u32);
impl_from!(char, u64);
impl_from!(char, u128);
impl_from!(i8, f32);
impl_from!(u8, f32);
impl_from!(i16, f32);
impl_from!(u16, f32);
impl_from!(i8, f64);
impl_from!(u8, f64);
impl_from!(i16, f64);
impl_from!(u16, f64);
impl_from!(i32, f64);
impl_from!(u32, f64);
impl_from!(f32, f64);

/// A conversion between integers that may not keep the value (core's `try_from_both_bounded!`
/// and friends): the cast, when casting back gives the value with its sign.
macro_rules! impl_try_from_int {
    ($source:ident, $target:ident) => {
        impl TryFrom<$source> for $target {
            type Error = TryFromIntError;

            fn try_from(value: $source) -> Result<$target, TryFromIntError> {
                let cast = value as $target;
                if cast as $source == value && (cast < 0) == (value < 0) {
                    Ok(cast)
                } else {
                    Err(TryFromIntError(()))
                }
            }
        }
    };
}

impl_try_from_int!(u8, i8);
impl_try_from_int!(u16, u8);
impl_try_from_int!(u16, i8);
impl_try_from_int!(u16, i16);
impl_try_from_int!(u16, isize);
impl_try_from_int!(u32, u8);
impl_try_from_int!(u32, u16);
impl_try_from_int!(u32, usize);
impl_try_from_int!(u32, i8);
impl_try_from_int!(u32, i16);
impl_try_from_int!(u32, i32);
impl_try_from_int!(u32, isize);
impl_try_from_int!(u64, u8);
impl_try_from_int!(u64, u16);
impl_try_from_int!(u64, u32);
impl_try_from_int!(u64, usize);
impl_try_from_int!(u64, i8);
impl_try_from_int!(u64, i16);
impl_try_from_int!(u64, i32);
impl_try_from_int!(u64, i64);
impl_try_from_int!(u64, isize);
impl_try_from_int!(u128, u8);
impl_try_from_int!(u128, u16);
impl_try_from_int!(u128, u32);
impl_try_from_int!(u128, u64);
impl_try_from_int!(u128, usize);
impl_try_from_int!(u128, i8);
impl_try_from_int!(u128, i16);
impl_try_from_int!(u128, i32);
impl_try_from_int!(u128, i64);
impl_try_from_int!(u128, i128);
impl_try_from_int!(u128, isize);
impl_try_from_int!(usize, u8);
impl_try_from_int!(usize, u16);
impl_try_from_int!(usize, u32);
impl_try_from_int!(usize, u64);
impl_try_from_int!(usize, u128);
impl_try_from_int!(usize, i8);
impl_try_from_int!(usize, i16);
impl_try_from_int!(usize, i32);
impl_try_from_int!(usize, i64);
impl_try_from_int!(usize, i128);
impl_try_from_int!(usize, isize);
impl_try_from_int!(i8, u8);
impl_try_from_int!(i8, u16);
impl_try_from_int!(i8, u32);
impl_try_from_int!(i8, u64);
impl_try_from_int!(i8, u128);
impl_try_from_int!(i8, usize);
impl_try_from_int!(i16, u8);
impl_try_from_int!(i16, u16);
impl_try_from_int!(i16, u32);
impl_try_from_int!(i16, u64);
impl_try_from_int!(i16, u128);
impl_try_from_int!(i16, usize);
impl_try_from_int!(i16, i8);
impl_try_from_int!(i32, u8);
impl_try_from_int!(i32, u16);
impl_try_from_int!(i32, u32);
impl_try_from_int!(i32, u64);
impl_try_from_int!(i32, u128);
impl_try_from_int!(i32, usize);
impl_try_from_int!(i32, i8);
impl_try_from_int!(i32, i16);
impl_try_from_int!(i32, isize);
impl_try_from_int!(i64, u8);
impl_try_from_int!(i64, u16);
impl_try_from_int!(i64, u32);
impl_try_from_int!(i64, u64);
impl_try_from_int!(i64, u128);
impl_try_from_int!(i64, usize);
impl_try_from_int!(i64, i8);
impl_try_from_int!(i64, i16);
impl_try_from_int!(i64, i32);
impl_try_from_int!(i64, isize);
impl_try_from_int!(i128, u8);
impl_try_from_int!(i128, u16);
impl_try_from_int!(i128, u32);
impl_try_from_int!(i128, u64);
impl_try_from_int!(i128, u128);
impl_try_from_int!(i128, usize);
impl_try_from_int!(i128, i8);
impl_try_from_int!(i128, i16);
impl_try_from_int!(i128, i32);
impl_try_from_int!(i128, i64);
impl_try_from_int!(i128, isize);
impl_try_from_int!(isize, u8);
impl_try_from_int!(isize, u16);
impl_try_from_int!(isize, u32);
impl_try_from_int!(isize, u64);
impl_try_from_int!(isize, u128);
impl_try_from_int!(isize, usize);
impl_try_from_int!(isize, i8);
impl_try_from_int!(isize, i16);
impl_try_from_int!(isize, i32);
impl_try_from_int!(isize, i64);
impl_try_from_int!(isize, i128);
