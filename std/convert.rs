//! `From` and `Into`, with std's blanket `impl<T, U: From<T>> Into<U> for T`.

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
