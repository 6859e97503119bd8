//! stackheap's std prelude, in Rust: the parts of std that are plain Rust code in the real
//! library too, so the machine runs them like any program code and their panics carry rustc's
//! messages. This file holds its core: `Option` and `Result` with their basic methods,
//! `Formatter` and its `Debug` builders, and `Vec` and `String` over the machine's intrinsics; the
//! other files of std/ follow it, in the order resolve/std-source.ts gives. Functions defined in
//! std are `#[track_caller]`: a panic inside reports the location of the program's call (the
//! exceptions are in resolve/prelude-locations.ts).

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Option<T> {
    None,
    Some(T),
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Result<T, E> {
    Ok(T),
    Err(E),
}

pub struct Formatter {
    id: usize,
}

fn __intrinsic_fmt_alternate(f: &Formatter) -> bool {
    unreachable!()
}
fn __intrinsic_fmt_width(f: &Formatter) -> Option<usize> {
    unreachable!()
}
fn __intrinsic_fmt_precision(f: &Formatter) -> Option<usize> {
    unreachable!()
}

impl Formatter {
    /// Writes `s` with the formatter's width, fill, alignment and precision (what `{:>8}` does
    /// to a `&str`).
    pub fn pad(&mut self, s: &str) -> Result<(), Error> {
        __intrinsic_fmt_pad(self, s)
    }

    pub fn write_str(&mut self, s: &str) -> Result<(), Error> {
        __intrinsic_fmt_write_str(self, s)
    }

    pub fn alternate(&self) -> bool {
        __intrinsic_fmt_alternate(self)
    }

    pub fn width(&self) -> Option<usize> {
        __intrinsic_fmt_width(self)
    }

    pub fn precision(&self) -> Option<usize> {
        __intrinsic_fmt_precision(self)
    }
}

fn __intrinsic_fmt_debug<T>(value: &T, f: &mut Formatter) -> Result<(), Error> {
    unreachable!()
}
fn __intrinsic_fmt_display<T>(value: &T, f: &mut Formatter) -> Result<(), Error> {
    unreachable!()
}
fn __intrinsic_fmt_pad_begin(f: &mut Formatter) {
    unreachable!()
}
fn __intrinsic_fmt_pad_end(f: &mut Formatter) {
    unreachable!()
}

impl Formatter {
    pub fn debug_struct(&mut self, name: &str) -> DebugStruct {
        let result = self.write_str(name);
        DebugStruct {
            fmt: self,
            result,
            has_fields: false,
        }
    }

    pub fn debug_tuple(&mut self, name: &str) -> DebugTuple {
        let result = self.write_str(name);
        DebugTuple {
            fmt: self,
            result,
            fields: 0,
            empty_name: name.is_empty(),
        }
    }

    pub fn debug_list(&mut self) -> DebugList {
        self.__debug_entries("[", "]")
    }

    pub fn debug_set(&mut self) -> DebugSet {
        DebugSet {
            list: self.__debug_entries("{", "}"),
        }
    }

    pub fn debug_map(&mut self) -> DebugMap {
        DebugMap {
            list: self.__debug_entries("{", "}"),
        }
    }

    fn __debug_entries(&mut self, open: &str, close: &'static str) -> DebugList {
        let result = self.write_str(open);
        DebugList {
            fmt: self,
            result,
            has_fields: false,
            close,
        }
    }
}

/// std's builders for `Debug` impls: in `{:#?}` each entry goes through a PadAdapter (the
/// machine indents what is written between `fmt_pad_begin` and `fmt_pad_end`).
pub struct DebugStruct<'a> {
    fmt: &'a mut Formatter,
    result: Result<(), Error>,
    has_fields: bool,
}

impl<'a> DebugStruct<'a> {
    pub fn field<T: Debug>(&mut self, name: &str, value: &T) -> &mut DebugStruct<'a> {
        if self.fmt.alternate() {
            if !self.has_fields {
                self.fmt.write_str(
                    " {
",
                );
            }
            __intrinsic_fmt_pad_begin(self.fmt);
            self.fmt.write_str(name);
            self.fmt.write_str(": ");
            __intrinsic_fmt_debug(value, self.fmt);
            self.fmt.write_str(
                ",
",
            );
            __intrinsic_fmt_pad_end(self.fmt);
        } else {
            self.fmt
                .write_str(if self.has_fields { ", " } else { " { " });
            self.fmt.write_str(name);
            self.fmt.write_str(": ");
            __intrinsic_fmt_debug(value, self.fmt);
        }
        self.has_fields = true;
        self
    }

    pub fn finish_non_exhaustive(&mut self) -> Result<(), Error> {
        if self.has_fields {
            if self.fmt.alternate() {
                __intrinsic_fmt_pad_begin(self.fmt);
                self.fmt.write_str(
                    "..
",
                );
                __intrinsic_fmt_pad_end(self.fmt);
                self.fmt.write_str("}")
            } else {
                self.fmt.write_str(", .. }")
            }
        } else {
            self.fmt.write_str(" { .. }")
        }
    }

    pub fn finish(&mut self) -> Result<(), Error> {
        if self.has_fields {
            if self.fmt.alternate() {
                self.fmt.write_str("}")
            } else {
                self.fmt.write_str(" }")
            }
        } else {
            self.result
        }
    }
}

pub struct DebugTuple<'a> {
    fmt: &'a mut Formatter,
    result: Result<(), Error>,
    fields: usize,
    empty_name: bool,
}

impl<'a> DebugTuple<'a> {
    pub fn field<T: Debug>(&mut self, value: &T) -> &mut DebugTuple<'a> {
        if self.fmt.alternate() {
            if self.fields == 0 {
                self.fmt.write_str(
                    "(
",
                );
            }
            __intrinsic_fmt_pad_begin(self.fmt);
            __intrinsic_fmt_debug(value, self.fmt);
            self.fmt.write_str(
                ",
",
            );
            __intrinsic_fmt_pad_end(self.fmt);
        } else {
            self.fmt
                .write_str(if self.fields == 0 { "(" } else { ", " });
            __intrinsic_fmt_debug(value, self.fmt);
        }
        self.fields += 1;
        self
    }

    pub fn finish(&mut self) -> Result<(), Error> {
        if self.fields > 0 {
            if self.fields == 1 && self.empty_name && !self.fmt.alternate() {
                self.fmt.write_str(",");
            }
            self.fmt.write_str(")")
        } else {
            self.result
        }
    }
}

pub struct DebugList<'a> {
    fmt: &'a mut Formatter,
    result: Result<(), Error>,
    has_fields: bool,
    /// `]` for a list, `}` for std's `DebugSet` and `DebugMap`, which share its entries.
    close: &'static str,
}

impl<'a> DebugList<'a> {
    pub fn entry<T: Debug>(&mut self, value: &T) -> &mut DebugList<'a> {
        self.__entry::<T, ()>(value, None);
        self
    }

    /// One entry, `key` or `key: value`, through the PadAdapter in `{:#?}`.
    fn __entry<K: Debug, V: Debug>(&mut self, key: &K, value: Option<&V>) {
        if self.fmt.alternate() {
            if !self.has_fields {
                self.fmt.write_str(
                    "
",
                );
            }
            __intrinsic_fmt_pad_begin(self.fmt);
            __intrinsic_fmt_debug(key, self.fmt);
            if let Some(value) = value {
                self.fmt.write_str(": ");
                __intrinsic_fmt_debug(value, self.fmt);
            }
            self.fmt.write_str(
                ",
",
            );
            __intrinsic_fmt_pad_end(self.fmt);
        } else {
            if self.has_fields {
                self.fmt.write_str(", ");
            }
            __intrinsic_fmt_debug(key, self.fmt);
            if let Some(value) = value {
                self.fmt.write_str(": ");
                __intrinsic_fmt_debug(value, self.fmt);
            }
        }
        self.has_fields = true;
    }

    pub fn entries<T: Debug, I: IntoIterator<Item = T>>(
        &mut self,
        entries: I,
    ) -> &mut DebugList<'a> {
        for entry in entries {
            self.entry(&entry);
        }
        self
    }

    pub fn finish(&mut self) -> Result<(), Error> {
        self.fmt.write_str(self.close)
    }
}

/// std's `DebugSet`: `{x, ...}`.
pub struct DebugSet<'a> {
    list: DebugList<'a>,
}

impl<'a> DebugSet<'a> {
    pub fn entry<T: Debug>(&mut self, value: &T) -> &mut DebugSet<'a> {
        self.list.entry(value);
        self
    }

    pub fn entries<T: Debug, I: IntoIterator<Item = T>>(
        &mut self,
        entries: I,
    ) -> &mut DebugSet<'a> {
        self.list.entries(entries);
        self
    }

    pub fn finish(&mut self) -> Result<(), Error> {
        self.list.finish()
    }
}

/// std's `DebugMap`: `{k: v, ...}`.
pub struct DebugMap<'a> {
    list: DebugList<'a>,
}

impl<'a> DebugMap<'a> {
    pub fn entry<K: Debug, V: Debug>(&mut self, key: &K, value: &V) -> &mut DebugMap<'a> {
        self.list.__entry(key, Some(value));
        self
    }

    pub fn finish(&mut self) -> Result<(), Error> {
        self.list.finish()
    }
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash, Default)]
pub struct Error;

/// A growable array: a heap buffer of `cap` slots, the first `len` of them initialised. It
/// grows the way std's RawVec does, so its allocations are the real program's.
pub struct Vec<T> {
    buf: RawVec<T>,
    len: usize,
}

pub struct RawVec<T> {
    ptr: *mut T,
    cap: usize,
}

/// A UTF-8 string: a `Vec<u8>`.
pub struct String {
    vec: Vec<u8>,
}

fn __intrinsic_vec_new<T>() -> Vec<T> {
    unreachable!()
}
fn __intrinsic_vec_with_capacity<T>(capacity: usize) -> Vec<T> {
    unreachable!()
}
fn __intrinsic_vec_push<T>(v: &mut Vec<T>, value: T) {
    unreachable!()
}
fn __intrinsic_vec_pop<T>(v: &mut Vec<T>) -> Option<T> {
    unreachable!()
}
fn __intrinsic_vec_insert<T>(v: &mut Vec<T>, index: usize, value: T) {
    unreachable!()
}
fn __intrinsic_vec_remove<T>(v: &mut Vec<T>, index: usize) -> T {
    unreachable!()
}
fn __intrinsic_vec_truncate<T>(v: &mut Vec<T>, len: usize) {
    unreachable!()
}
fn __intrinsic_vec_reserve<T>(v: &mut Vec<T>, additional: usize) {
    unreachable!()
}
fn __intrinsic_vec_reserve_exact<T>(v: &mut Vec<T>, additional: usize) {
    unreachable!()
}
fn __intrinsic_vec_shrink_to_fit<T>(v: &mut Vec<T>) {
    unreachable!()
}
fn __intrinsic_vec_drop<T>(v: &mut Vec<T>) {
    unreachable!()
}
fn __intrinsic_vec_clone<T>(v: &Vec<T>) -> Vec<T> {
    unreachable!()
}
fn __intrinsic_vec_extend_from_slice<T>(v: &mut Vec<T>, other: &[T]) {
    unreachable!()
}
fn __intrinsic_string_from_str(s: &str) -> String {
    unreachable!()
}
fn __intrinsic_string_push_str(s: &mut String, t: &str) {
    unreachable!()
}
fn __intrinsic_string_append_prefix(s: &mut String, count: usize) {
    unreachable!()
}
fn __intrinsic_string_push(s: &mut String, c: char) {
    unreachable!()
}
fn __intrinsic_string_pop(s: &mut String) -> Option<char> {
    unreachable!()
}

impl<T> Vec<T> {
    pub fn new() -> Vec<T> {
        __intrinsic_vec_new::<T>()
    }

    pub fn with_capacity(capacity: usize) -> Vec<T> {
        __intrinsic_vec_with_capacity::<T>(capacity)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn capacity(&self) -> usize {
        self.buf.cap
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn push(&mut self, value: T) {
        __intrinsic_vec_push::<T>(self, value)
    }

    pub fn pop(&mut self) -> Option<T> {
        __intrinsic_vec_pop::<T>(self)
    }

    pub fn insert(&mut self, index: usize, element: T) {
        __intrinsic_vec_insert::<T>(self, index, element)
    }

    pub fn remove(&mut self, index: usize) -> T {
        __intrinsic_vec_remove::<T>(self, index)
    }

    pub fn truncate(&mut self, len: usize) {
        __intrinsic_vec_truncate::<T>(self, len)
    }

    pub fn clear(&mut self) {
        __intrinsic_vec_truncate::<T>(self, 0)
    }

    pub fn reserve(&mut self, additional: usize) {
        __intrinsic_vec_reserve::<T>(self, additional)
    }

    pub fn reserve_exact(&mut self, additional: usize) {
        __intrinsic_vec_reserve_exact::<T>(self, additional)
    }

    pub fn shrink_to_fit(&mut self) {
        __intrinsic_vec_shrink_to_fit::<T>(self)
    }
}

impl<T: Clone> Vec<T> {
    pub fn extend_from_slice(&mut self, other: &[T]) {
        __intrinsic_vec_extend_from_slice::<T>(self, other)
    }
}

impl<T> Drop for Vec<T> {
    fn drop(&mut self) {
        __intrinsic_vec_drop::<T>(self)
    }
}

impl<T: Clone> Clone for Vec<T> {
    fn clone(&self) -> Vec<T> {
        __intrinsic_vec_clone::<T>(self)
    }
}

impl String {
    pub fn new() -> String {
        String {
            vec: __intrinsic_vec_new::<u8>(),
        }
    }

    pub fn with_capacity(capacity: usize) -> String {
        String {
            vec: __intrinsic_vec_with_capacity::<u8>(capacity),
        }
    }

    pub fn len(&self) -> usize {
        self.vec.len
    }

    pub fn capacity(&self) -> usize {
        self.vec.buf.cap
    }

    pub fn is_empty(&self) -> bool {
        self.vec.len == 0
    }

    pub fn push_str(&mut self, s: &str) {
        __intrinsic_string_push_str(self, s)
    }

    pub fn push(&mut self, c: char) {
        __intrinsic_string_push(self, c)
    }

    pub fn pop(&mut self) -> Option<char> {
        __intrinsic_string_pop(self)
    }

    pub fn clear(&mut self) {
        __intrinsic_vec_truncate::<u8>(&mut self.vec, 0)
    }

    pub fn as_str(&self) -> &str {
        self
    }
}

impl Clone for String {
    fn clone(&self) -> String {
        String {
            vec: __intrinsic_vec_clone::<u8>(&self.vec),
        }
    }
}

impl str {
    pub fn to_string(&self) -> String {
        __intrinsic_string_from_str(self)
    }

    pub fn to_owned(&self) -> String {
        __intrinsic_string_from_str(self)
    }
}

impl<T> Option<T> {
    pub fn is_some(&self) -> bool {
        match self {
            Some(_) => true,
            None => false,
        }
    }

    pub fn is_none(&self) -> bool {
        match self {
            Some(_) => false,
            None => true,
        }
    }

    pub fn unwrap(self) -> T {
        match self {
            Some(value) => value,
            None => panic!("called `Option::unwrap()` on a `None` value"),
        }
    }

    pub fn expect(self, msg: &str) -> T {
        match self {
            Some(value) => value,
            None => panic!("{}", msg),
        }
    }

    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Some(value) => value,
            None => default,
        }
    }

    pub fn as_ref(&self) -> Option<&T> {
        match self {
            Some(value) => Some(value),
            None => None,
        }
    }

    pub fn as_mut(&mut self) -> Option<&mut T> {
        match self {
            Some(value) => Some(value),
            None => None,
        }
    }

    pub fn ok_or<E>(self, err: E) -> Result<T, E> {
        match self {
            Some(value) => Ok(value),
            None => Err(err),
        }
    }
}

impl<T, E> Result<T, E> {
    pub fn is_ok(&self) -> bool {
        match self {
            Ok(_) => true,
            Err(_) => false,
        }
    }

    pub fn is_err(&self) -> bool {
        match self {
            Ok(_) => false,
            Err(_) => true,
        }
    }

    pub fn ok(self) -> Option<T> {
        match self {
            Ok(value) => Some(value),
            Err(_) => None,
        }
    }

    pub fn err(self) -> Option<E> {
        match self {
            Ok(_) => None,
            Err(error) => Some(error),
        }
    }

    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Ok(value) => value,
            Err(_) => default,
        }
    }

    pub fn as_ref(&self) -> Result<&T, &E> {
        match self {
            Ok(value) => Ok(value),
            Err(error) => Err(error),
        }
    }
}

impl<T, E: Debug> Result<T, E> {
    pub fn unwrap(self) -> T {
        match self {
            Ok(value) => value,
            Err(error) => panic!("called `Result::unwrap()` on an `Err` value: {:?}", error),
        }
    }

    pub fn expect(self, msg: &str) -> T {
        match self {
            Ok(value) => value,
            Err(error) => panic!("{}: {:?}", msg, error),
        }
    }
}
