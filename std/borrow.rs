//! `ToOwned` and `Cow` (std::borrow), with std's shape: `Cow::Owned` holds `<B as ToOwned>::Owned`
//! (a `String` for `Cow<str>`), and `String::from_utf8_lossy`, which borrows valid input and
//! copies invalid input with U+FFFD in place of each invalid sequence, as alloc/string.rs does.

pub trait ToOwned {
    type Owned;

    fn to_owned(&self) -> Self::Owned;

    /// std's `Owned: Borrow<Self>`: the owned form seen as the borrowed one.
    fn __borrow_owned(owned: &Self::Owned) -> &Self;
}

impl ToOwned for str {
    type Owned = String;

    fn to_owned(&self) -> String {
        __intrinsic_string_from_str(self)
    }

    fn __borrow_owned(owned: &String) -> &str {
        owned.as_str()
    }
}

impl<T: Clone> ToOwned for [T] {
    type Owned = Vec<T>;

    fn to_owned(&self) -> Vec<T> {
        self.to_vec()
    }

    fn __borrow_owned(owned: &Vec<T>) -> &[T] {
        owned.as_slice()
    }
}

pub enum Cow<'a, B: ToOwned> {
    Borrowed(&'a B),
    Owned(B::Owned),
}

impl<B: ToOwned> Deref for Cow<B> {
    type Target = B;

    fn deref(&self) -> &B {
        match self {
            Cow::Borrowed(borrowed) => *borrowed,
            Cow::Owned(owned) => B::__borrow_owned(owned),
        }
    }
}

impl<B: ToOwned> Cow<B> {
    pub fn into_owned(self) -> B::Owned {
        match self {
            Cow::Borrowed(borrowed) => borrowed.to_owned(),
            Cow::Owned(owned) => owned,
        }
    }

    pub fn to_mut(&mut self) -> &mut B::Owned {
        if let Cow::Borrowed(borrowed) = self {
            *self = Cow::Owned(borrowed.to_owned());
        }
        match self {
            Cow::Borrowed(_) => unreachable!(),
            Cow::Owned(owned) => owned,
        }
    }
}

impl<B: ToOwned> Clone for Cow<B> {
    fn clone(&self) -> Cow<B> {
        match self {
            Cow::Borrowed(borrowed) => Cow::Borrowed(*borrowed),
            Cow::Owned(owned) => Cow::Owned(B::__borrow_owned(owned).to_owned()),
        }
    }
}

/// Owned and borrowed forms format alike (`String` as `str`, `Vec<T>` as `[T]`).
impl<B: ToOwned + Display> Display for Cow<B> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_display::<B>(&**self, f)
    }
}

impl<B: ToOwned + Debug> Debug for Cow<B> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_debug::<B>(&**self, f)
    }
}

impl<B: ToOwned + PartialEq> PartialEq for Cow<B> {
    fn eq(&self, other: &Cow<B>) -> bool {
        __intrinsic_eq::<B>(&**self, &**other)
    }
}

impl PartialEq<&str> for Cow<str> {
    fn eq(&self, other: &&str) -> bool {
        __intrinsic_eq::<str>(&**self, *other)
    }
}

impl PartialEq<str> for Cow<str> {
    fn eq(&self, other: &str) -> bool {
        __intrinsic_eq::<str>(&**self, other)
    }
}

impl PartialEq<String> for Cow<str> {
    fn eq(&self, other: &String) -> bool {
        __intrinsic_eq::<str>(&**self, other.as_str())
    }
}

fn __intrinsic_box_str_from_raw_parts(ptr: *mut u8, len: usize) -> Box<str> {
    unreachable!()
}

/// std makes a `Box<[u8]>` of exactly the bytes (no allocation when empty), then sees it as str.
impl From<&str> for Box<str> {
    fn from(s: &str) -> Box<str> {
        let bytes = __str_bytes(s);
        let n = bytes.len();
        let ptr = __intrinsic_alloc::<u8>(n);
        let mut i = 0;
        while i < n {
            *__intrinsic_ptr_offset::<u8>(ptr, i) = bytes[i];
            i += 1;
        }
        __intrinsic_box_str_from_raw_parts(ptr, n)
    }
}

/// core's `Utf8Chunks`: the length of the valid prefix of `v` and of the invalid sequence
/// after it (the rest of `v` when it ends inside a sequence).
fn __utf8_chunk(v: &[u8]) -> (usize, usize) {
    match __validate_utf8(v) {
        Ok(()) => (v.len(), 0),
        Err(e) => match e.error_len {
            Some(n) => (e.valid_up_to, n as usize),
            None => (e.valid_up_to, v.len() - e.valid_up_to),
        },
    }
}

impl String {
    pub fn from_utf8_lossy(v: &[u8]) -> Cow<str> {
        if v.len() == 0 {
            return Cow::Borrowed("");
        }
        let (valid, invalid) = __utf8_chunk(v);
        if invalid == 0 {
            return Cow::Borrowed(__str_from(v, 0, valid));
        }
        let mut res = String::with_capacity(v.len());
        res.push_str(__str_from(v, 0, valid));
        res.push_str("\u{FFFD}");
        let mut pos = valid + invalid;
        while pos < v.len() {
            let (valid, invalid) = __utf8_chunk(&v[pos..]);
            res.push_str(__str_from(v, pos, pos + valid));
            if invalid > 0 {
                res.push_str("\u{FFFD}");
            }
            pos += valid + invalid;
        }
        Cow::Owned(res)
    }
}
