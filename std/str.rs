//! `str` and `char` methods, written as core/str and core/char write them. A `str` is read as
//! its bytes (`as_bytes` reslices the same memory); chars are decoded from UTF-8 here. Where std
//! consults Unicode tables stackheap does not have (case mapping, `is_alphabetic` outside
//! ASCII, ...), a non-ASCII char stops the run with `__intrinsic_unsupported` rather than guess.

/// `s[start..end]`, `s[start..=end]` or `s[start..]` as `end_kind` says (0, 1 or 2: mir's `SliceEnd`).
fn __intrinsic_subslice<S, R>(s: &S, start: usize, end: usize, end_kind: usize) -> &R {
    unreachable!()
}
fn __intrinsic_fmt_pad(f: &mut Formatter, s: &str) -> Result<(), Error> {
    unreachable!()
}

/// What stackheap cannot do exactly yet: the run stops instead of printing a wrong answer.
fn __intrinsic_unsupported(what: &str) {
    unreachable!()
}

/// The bytes of a `str` as a `&[u8]` over the same memory.
fn __str_bytes(s: &str) -> &[u8] {
    __intrinsic_subslice::<str, [u8]>(s, 0, 0, 2)
}

/// `bytes[start..end]` as a `&str` (the caller keeps to char boundaries).
fn __str_from(bytes: &[u8], start: usize, end: usize) -> &str {
    __intrinsic_subslice::<[u8], str>(bytes, start, end, 0)
}

fn __char_from_u32(c: u32) -> char {
    __intrinsic_clone::<u32, char>(&c)
}

/// The char starting at byte `i` of valid UTF-8, and its length.
fn __decode(b: &[u8], i: usize) -> (char, usize) {
    let x = b[i] as u32;
    if x < 0x80 {
        (__char_from_u32(x), 1)
    } else if x < 0xE0 {
        (
            __char_from_u32(((x & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F)),
            2,
        )
    } else if x < 0xF0 {
        (
            __char_from_u32(
                ((x & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F),
            ),
            3,
        )
    } else {
        (
            __char_from_u32(
                ((x & 0x07) << 18)
                    | ((b[i + 1] as u32 & 0x3F) << 12)
                    | ((b[i + 2] as u32 & 0x3F) << 6)
                    | (b[i + 3] as u32 & 0x3F),
            ),
            4,
        )
    }
}

/// The start of the char that ends at byte `end` (exclusive).
fn __char_start_before(b: &[u8], end: usize) -> usize {
    let mut i = end - 1;
    while i > 0 && (b[i] & 0xC0) == 0x80 {
        i -= 1;
    }
    i
}

#[derive(Clone)]
pub struct Chars {
    bytes: &[u8],
    start: usize,
    end: usize,
}

impl Iterator for Chars {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if self.start >= self.end {
            return None;
        }
        let (c, n) = __decode(self.bytes, self.start);
        self.start += n;
        Some(c)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.end - self.start;
        ((len + 3) / 4, Some(len))
    }

    fn count(self) -> usize {
        let mut n = 0;
        let mut i = self.start;
        while i < self.end {
            if (self.bytes[i] & 0xC0) != 0x80 {
                n += 1;
            }
            i += 1;
        }
        n
    }
}

impl DoubleEndedIterator for Chars {
    fn next_back(&mut self) -> Option<char> {
        if self.start >= self.end {
            return None;
        }
        let i = __char_start_before(self.bytes, self.end);
        let (c, _) = __decode(self.bytes, i);
        self.end = i;
        Some(c)
    }
}

impl Chars {
    pub fn as_str(&self) -> &str {
        __str_from(self.bytes, self.start, self.end)
    }
}

#[derive(Clone)]
pub struct CharIndices {
    front_offset: usize,
    iter: Chars,
}

impl Iterator for CharIndices {
    type Item = (usize, char);

    fn next(&mut self) -> Option<(usize, char)> {
        let pre = self.iter.start;
        match self.iter.next() {
            Some(c) => Some((pre, c)),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl DoubleEndedIterator for CharIndices {
    fn next_back(&mut self) -> Option<(usize, char)> {
        match self.iter.next_back() {
            Some(c) => Some((self.iter.end, c)),
            None => None,
        }
    }
}

#[derive(Clone)]
pub struct Bytes {
    iter: Iter<u8>,
}

impl Iterator for Bytes {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        match self.iter.next() {
            Some(b) => Some(*b),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }

    fn __trusted_len(&self) -> bool {
        true
    }
}

impl DoubleEndedIterator for Bytes {
    fn next_back(&mut self) -> Option<u8> {
        match self.iter.next_back() {
            Some(b) => Some(*b),
            None => None,
        }
    }
}

impl ExactSizeIterator for Bytes {}

/// A pattern for `split`, `find`, `contains`, `trim_matches`...: a `char`, a `&str`, a
/// `&String`, a `FnMut(char) -> bool`, or chars in a slice or an array (any of them matches).
/// A char-like pattern (matched char by char) defines only `__matches`.
pub trait Pattern {
    /// Whether a char-like pattern matches `c`.
    fn __matches(&mut self, c: char) -> bool;

    /// The first match in `b[from..]` (`from` on a char boundary): its byte range.
    fn __find_in(&mut self, b: &[u8], from: usize) -> Option<(usize, usize)> {
        __find_char_pred(self, b, from)
    }

    /// The last match ending at or before `to`.
    fn __rfind_in(&mut self, b: &[u8], to: usize) -> Option<(usize, usize)> {
        __rfind_char_pred(self, b, to)
    }

    /// Whether the pattern is a char or a char predicate (matched char by char).
    fn __char_like(&self) -> bool {
        true
    }

    /// std's `as_utf8_pattern`, as far as `replace` uses it: the pattern's length in UTF-8
    /// (`None` for a predicate or a set of chars) and its byte when it is a single ASCII byte.
    fn __utf8_len(&self) -> Option<usize> {
        None
    }

    fn __ascii_byte(&self) -> Option<u8> {
        None
    }
}

/// The patterns core's searchers can run from both ends (`DoubleEndedSearcher`): the char-like
/// ones, which `trim_matches` takes.
pub trait __DoubleEndedPattern: Pattern {}

fn __find_bytes(b: &[u8], from: usize, needle: &[u8]) -> Option<(usize, usize)> {
    let n = needle.len();
    let mut i = from;
    while i + n <= b.len() {
        if (n == 0 || (b[i] & 0xC0) != 0x80) && __intrinsic_eq::<[u8]>(&b[i..i + n], needle) {
            return Some((i, i + n));
        }
        i += 1;
    }
    None
}

fn __rfind_bytes(b: &[u8], to: usize, needle: &[u8]) -> Option<(usize, usize)> {
    let n = needle.len();
    if n > to {
        return None;
    }
    let mut i = to - n + 1;
    while i > 0 {
        i -= 1;
        if (i == b.len() || (b[i] & 0xC0) != 0x80) && __intrinsic_eq::<[u8]>(&b[i..i + n], needle) {
            return Some((i, i + n));
        }
    }
    None
}

fn __find_char_pred<P: Pattern>(p: &mut P, b: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut i = from;
    while i < b.len() {
        let (c, n) = __decode(b, i);
        if P::__matches(p, c) {
            return Some((i, i + n));
        }
        i += n;
    }
    None
}

fn __rfind_char_pred<P: Pattern>(p: &mut P, b: &[u8], to: usize) -> Option<(usize, usize)> {
    let mut end = to;
    while end > 0 {
        let i = __char_start_before(b, end);
        let (c, n) = __decode(b, i);
        if P::__matches(p, c) {
            return Some((i, i + n));
        }
        end = i;
    }
    None
}

impl Pattern for char {
    fn __matches(&mut self, c: char) -> bool {
        *self == c
    }

    fn __utf8_len(&self) -> Option<usize> {
        Some(self.len_utf8())
    }

    fn __ascii_byte(&self) -> Option<u8> {
        if self.is_ascii() {
            Some(*self as u8)
        } else {
            None
        }
    }
}

impl __DoubleEndedPattern for char {}

impl Pattern for &str {
    fn __find_in(&mut self, b: &[u8], from: usize) -> Option<(usize, usize)> {
        __find_bytes(b, from, __str_bytes(*self))
    }

    fn __rfind_in(&mut self, b: &[u8], to: usize) -> Option<(usize, usize)> {
        __rfind_bytes(b, to, __str_bytes(*self))
    }

    fn __char_like(&self) -> bool {
        false
    }

    fn __matches(&mut self, c: char) -> bool {
        false
    }

    fn __utf8_len(&self) -> Option<usize> {
        Some(self.len())
    }

    fn __ascii_byte(&self) -> Option<u8> {
        if self.len() == 1 {
            Some(__str_bytes(*self)[0])
        } else {
            None
        }
    }
}

impl Pattern for &String {
    fn __find_in(&mut self, b: &[u8], from: usize) -> Option<(usize, usize)> {
        __find_bytes(b, from, __str_bytes(self.as_str()))
    }

    fn __rfind_in(&mut self, b: &[u8], to: usize) -> Option<(usize, usize)> {
        __rfind_bytes(b, to, __str_bytes(self.as_str()))
    }

    fn __char_like(&self) -> bool {
        false
    }

    fn __matches(&mut self, c: char) -> bool {
        false
    }

    fn __utf8_len(&self) -> Option<usize> {
        Some(self.len())
    }

    fn __ascii_byte(&self) -> Option<u8> {
        if self.len() == 1 {
            Some(__str_bytes(self.as_str())[0])
        } else {
            None
        }
    }
}

impl<F: FnMut(char) -> bool> Pattern for F {
    fn __matches(&mut self, c: char) -> bool {
        (*self)(c)
    }
}

impl<F: FnMut(char) -> bool> __DoubleEndedPattern for F {}

impl Pattern for &[char] {
    fn __matches(&mut self, c: char) -> bool {
        self.contains(&c)
    }
}

impl __DoubleEndedPattern for &[char] {}

/// `[char; N]` and `&[char; N]` patterns (std's `impl<const N: usize> Pattern for [char; N]`):
/// one impl per length, since the prelude has no const generics, up to 32 as std's array impls
/// of other traits go.
macro_rules! char_array_pattern {
    ($n:literal) => {
        impl Pattern for [char; $n] {
            fn __matches(&mut self, c: char) -> bool {
                self.contains(&c)
            }
        }

        impl __DoubleEndedPattern for [char; $n] {}

        impl Pattern for &[char; $n] {
            fn __matches(&mut self, c: char) -> bool {
                self.contains(&c)
            }
        }

        impl __DoubleEndedPattern for &[char; $n] {}
    };
}

char_array_pattern!(0);
char_array_pattern!(1);
char_array_pattern!(2);
char_array_pattern!(3);
char_array_pattern!(4);
char_array_pattern!(5);
char_array_pattern!(6);
char_array_pattern!(7);
char_array_pattern!(8);
char_array_pattern!(9);
char_array_pattern!(10);
char_array_pattern!(11);
char_array_pattern!(12);
char_array_pattern!(13);
char_array_pattern!(14);
char_array_pattern!(15);
char_array_pattern!(16);
char_array_pattern!(17);
char_array_pattern!(18);
char_array_pattern!(19);
char_array_pattern!(20);
char_array_pattern!(21);
char_array_pattern!(22);
char_array_pattern!(23);
char_array_pattern!(24);
char_array_pattern!(25);
char_array_pattern!(26);
char_array_pattern!(27);
char_array_pattern!(28);
char_array_pattern!(29);
char_array_pattern!(30);
char_array_pattern!(31);
char_array_pattern!(32);

/// `split` and `split_terminator`, as core's SplitInternal: the pieces of
/// `bytes[start..end]` between matches. As std's searchers do, the front search runs from `pos`
/// and stops at `back`, the back search runs down from `back` and stops at `pos`, so the two
/// ends never report the same match.
pub struct Split<P> {
    bytes: &[u8],
    start: usize,
    end: usize,
    pos: usize,
    back: usize,
    /// The back search has stepped past an empty match at 0: nothing is left for it.
    back_done: bool,
    pat: P,
    allow_trailing_empty: bool,
    finished: bool,
}

impl<P: Pattern> Split<P> {
    fn __new(bytes: &[u8], pat: P, allow_trailing_empty: bool) -> Split<P> {
        let n = bytes.len();
        Split {
            bytes: bytes,
            start: 0,
            end: n,
            pos: 0,
            back: n,
            back_done: false,
            pat: pat,
            allow_trailing_empty: allow_trailing_empty,
            finished: false,
        }
    }

    fn __get_end(&mut self) -> Option<&str> {
        if !self.finished {
            self.finished = true;
            if self.allow_trailing_empty || self.end > self.start {
                return Some(__str_from(self.bytes, self.start, self.end));
            }
        }
        None
    }

    fn __next_match(&mut self) -> Option<(usize, usize)> {
        if self.pos > self.back || self.back_done {
            return None;
        }
        let found = self.pat.__find_in(&self.bytes[0..self.back], self.pos);
        match found {
            Some((a, b)) => {
                self.pos = if a == b {
                    if b < self.back {
                        b + __decode(self.bytes, b).1
                    } else {
                        b + 1
                    }
                } else {
                    b
                };
                Some((a, b))
            }
            None => {
                self.pos = self.back + 1;
                None
            }
        }
    }

    fn __next_match_back(&mut self) -> Option<(usize, usize)> {
        if self.back_done || self.pos > self.back {
            return None;
        }
        match self.pat.__rfind_in(self.bytes, self.back) {
            Some((a, b)) if a >= self.pos => {
                if a == b {
                    if a == 0 {
                        self.back_done = true;
                    } else {
                        self.back = __char_start_before(self.bytes, a);
                    }
                } else {
                    self.back = a;
                }
                Some((a, b))
            }
            _ => {
                self.back_done = true;
                None
            }
        }
    }
}

impl<P: Pattern> Iterator for Split<P> {
    type Item = &str;

    fn next(&mut self) -> Option<&str> {
        if self.finished {
            return None;
        }
        match self.__next_match() {
            Some((a, b)) => {
                let piece = __str_from(self.bytes, self.start, a);
                self.start = b;
                Some(piece)
            }
            None => self.__get_end(),
        }
    }
}

/// Only char-like patterns search from the back as std's DoubleEndedSearcher does; a `&str`
/// pattern's Split is not double-ended in std either.
impl DoubleEndedIterator for Split<char> {
    fn next_back(&mut self) -> Option<&str> {
        self.__next_back()
    }
}

impl<F: FnMut(char) -> bool> DoubleEndedIterator for Split<F> {
    fn next_back(&mut self) -> Option<&str> {
        self.__next_back()
    }
}

impl<P: Pattern> Split<P> {
    fn __next_back(&mut self) -> Option<&str> {
        if self.finished {
            return None;
        }
        if !self.allow_trailing_empty {
            self.allow_trailing_empty = true;
            match self.__next_back() {
                Some(elt) if !elt.is_empty() => return Some(elt),
                _ => {
                    if self.finished {
                        return None;
                    }
                }
            }
        }
        match self.__next_match_back() {
            Some((a, b)) => {
                let piece = __str_from(self.bytes, b, self.end);
                self.end = a;
                Some(piece)
            }
            None => {
                self.finished = true;
                Some(__str_from(self.bytes, self.start, self.end))
            }
        }
    }
}

/// `splitn`: at most `count` pieces, the last one the unsplit rest.
pub struct SplitN<P> {
    iter: Split<P>,
    count: usize,
}

impl<P: Pattern> Iterator for SplitN<P> {
    type Item = &str;

    fn next(&mut self) -> Option<&str> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                self.iter.__get_end()
            }
            _ => {
                self.count -= 1;
                self.iter.next()
            }
        }
    }
}

#[derive(Clone)]
pub struct SplitWhitespace {
    bytes: &[u8],
    start: usize,
    end: usize,
}

impl Iterator for SplitWhitespace {
    type Item = &str;

    fn next(&mut self) -> Option<&str> {
        while self.start < self.end {
            let (c, n) = __decode(self.bytes, self.start);
            if !c.is_whitespace() {
                break;
            }
            self.start += n;
        }
        if self.start >= self.end {
            return None;
        }
        let begin = self.start;
        while self.start < self.end {
            let (c, n) = __decode(self.bytes, self.start);
            if c.is_whitespace() {
                break;
            }
            self.start += n;
        }
        Some(__str_from(self.bytes, begin, self.start))
    }
}

impl DoubleEndedIterator for SplitWhitespace {
    fn next_back(&mut self) -> Option<&str> {
        while self.end > self.start {
            let i = __char_start_before(self.bytes, self.end);
            let (c, _) = __decode(self.bytes, i);
            if !c.is_whitespace() {
                break;
            }
            self.end = i;
        }
        if self.end <= self.start {
            return None;
        }
        let stop = self.end;
        while self.end > self.start {
            let i = __char_start_before(self.bytes, self.end);
            let (c, _) = __decode(self.bytes, i);
            if c.is_whitespace() {
                break;
            }
            self.end = i;
        }
        Some(__str_from(self.bytes, self.end, stop))
    }
}

#[derive(Clone)]
pub struct Lines {
    bytes: &[u8],
    start: usize,
}

impl Iterator for Lines {
    type Item = &str;

    fn next(&mut self) -> Option<&str> {
        let n = self.bytes.len();
        if self.start >= n {
            return None;
        }
        let begin = self.start;
        let mut i = begin;
        while i < n && self.bytes[i] != b'\n' {
            i += 1;
        }
        let mut end = i;
        self.start = if i < n { i + 1 } else { n };
        if i < n && end > begin && self.bytes[end - 1] == b'\r' {
            end -= 1;
        }
        Some(__str_from(self.bytes, begin, end))
    }
}

impl str {
    pub fn as_bytes(&self) -> &[u8] {
        __str_bytes(self)
    }

    pub fn bytes(&self) -> Bytes {
        Bytes {
            iter: __str_bytes(self).iter(),
        }
    }

    pub fn chars(&self) -> Chars {
        Chars {
            bytes: __str_bytes(self),
            start: 0,
            end: self.len(),
        }
    }

    pub fn char_indices(&self) -> CharIndices {
        CharIndices {
            front_offset: 0,
            iter: self.chars(),
        }
    }

    pub fn is_char_boundary(&self, index: usize) -> bool {
        if index == 0 {
            return true;
        }
        let b = __str_bytes(self);
        if index >= b.len() {
            index == b.len()
        } else {
            (b[index] & 0xC0) != 0x80
        }
    }

    pub fn split_whitespace(&self) -> SplitWhitespace {
        SplitWhitespace {
            bytes: __str_bytes(self),
            start: 0,
            end: self.len(),
        }
    }

    pub fn lines(&self) -> Lines {
        Lines {
            bytes: __str_bytes(self),
            start: 0,
        }
    }

    pub fn split<P: Pattern>(&self, pat: P) -> Split<P> {
        Split::__new(__str_bytes(self), pat, true)
    }

    pub fn split_terminator<P: Pattern>(&self, pat: P) -> Split<P> {
        Split::__new(__str_bytes(self), pat, false)
    }

    pub fn splitn<P: Pattern>(&self, n: usize, pat: P) -> SplitN<P> {
        SplitN {
            iter: Split::__new(__str_bytes(self), pat, true),
            count: n,
        }
    }

    pub fn split_once<P: Pattern>(&self, mut delimiter: P) -> Option<(&str, &str)> {
        let b = __str_bytes(self);
        let (start, end) = delimiter.__find_in(b, 0)?;
        Some((__str_from(b, 0, start), __str_from(b, end, b.len())))
    }

    pub fn rsplit_once<P: Pattern>(&self, mut delimiter: P) -> Option<(&str, &str)> {
        let b = __str_bytes(self);
        let (start, end) = delimiter.__rfind_in(b, b.len())?;
        Some((__str_from(b, 0, start), __str_from(b, end, b.len())))
    }

    pub fn find<P: Pattern>(&self, mut pat: P) -> Option<usize> {
        match pat.__find_in(__str_bytes(self), 0) {
            Some((a, _)) => Some(a),
            None => None,
        }
    }

    pub fn rfind<P: Pattern>(&self, mut pat: P) -> Option<usize> {
        match pat.__rfind_in(__str_bytes(self), self.len()) {
            Some((a, _)) => Some(a),
            None => None,
        }
    }

    pub fn contains<P: Pattern>(&self, mut pat: P) -> bool {
        pat.__find_in(__str_bytes(self), 0).is_some()
    }

    pub fn starts_with<P: Pattern>(&self, mut pat: P) -> bool {
        let b = __str_bytes(self);
        if pat.__char_like() {
            b.len() > 0 && pat.__matches(__decode(b, 0).0)
        } else {
            match pat.__find_in(b, 0) {
                Some((0, _)) => true,
                _ => false,
            }
        }
    }

    pub fn ends_with<P: Pattern>(&self, mut pat: P) -> bool {
        let b = __str_bytes(self);
        if pat.__char_like() {
            b.len() > 0 && pat.__matches(__decode(b, __char_start_before(b, b.len())).0)
        } else {
            match pat.__rfind_in(b, b.len()) {
                Some((_, e)) => e == b.len(),
                None => false,
            }
        }
    }

    pub fn strip_prefix<P: Pattern>(&self, mut prefix: P) -> Option<&str> {
        let b = __str_bytes(self);
        if prefix.__char_like() {
            if b.len() == 0 {
                return None;
            }
            let (c, n) = __decode(b, 0);
            return if prefix.__matches(c) {
                Some(__str_from(b, n, b.len()))
            } else {
                None
            };
        }
        match prefix.__find_in(b, 0) {
            Some((0, e)) => Some(__str_from(b, e, b.len())),
            _ => None,
        }
    }

    pub fn strip_suffix<P: Pattern>(&self, mut suffix: P) -> Option<&str> {
        let b = __str_bytes(self);
        if suffix.__char_like() {
            if b.len() == 0 {
                return None;
            }
            let i = __char_start_before(b, b.len());
            return if suffix.__matches(__decode(b, i).0) {
                Some(__str_from(b, 0, i))
            } else {
                None
            };
        }
        match suffix.__rfind_in(b, b.len()) {
            Some((s, e)) => {
                if e == b.len() {
                    Some(__str_from(b, 0, s))
                } else {
                    None
                }
            }
            None => None,
        }
    }

    pub fn trim(&self) -> &str {
        self.trim_start().trim_end()
    }

    pub fn trim_start(&self) -> &str {
        let b = __str_bytes(self);
        let mut i = 0;
        while i < b.len() {
            let (c, n) = __decode(b, i);
            if !c.is_whitespace() {
                break;
            }
            i += n;
        }
        __str_from(b, i, b.len())
    }

    pub fn trim_end(&self) -> &str {
        let b = __str_bytes(self);
        let mut end = b.len();
        while end > 0 {
            let i = __char_start_before(b, end);
            if !__decode(b, i).0.is_whitespace() {
                break;
            }
            end = i;
        }
        __str_from(b, 0, end)
    }

    pub fn trim_matches<P: __DoubleEndedPattern>(&self, mut pat: P) -> &str {
        let b = __str_bytes(self);
        let mut i = 0;
        while i < b.len() {
            let (c, n) = __decode(b, i);
            if !pat.__matches(c) {
                break;
            }
            i += n;
        }
        let mut end = b.len();
        while end > i {
            let j = __char_start_before(b, end);
            if !pat.__matches(__decode(b, j).0) {
                break;
            }
            end = j;
        }
        __str_from(b, i, end)
    }

    pub fn trim_start_matches<P: Pattern>(&self, mut pat: P) -> &str {
        let b = __str_bytes(self);
        let mut i = 0;
        while i < b.len() {
            if pat.__char_like() {
                let (c, n) = __decode(b, i);
                if !pat.__matches(c) {
                    break;
                }
                i += n;
            } else {
                match pat.__find_in(b, i) {
                    Some((s, e)) if s == i && e > i => i = e,
                    _ => break,
                }
            }
        }
        __str_from(b, i, b.len())
    }

    pub fn trim_end_matches<P: Pattern>(&self, mut pat: P) -> &str {
        let b = __str_bytes(self);
        let mut end = b.len();
        while end > 0 {
            if pat.__char_like() {
                let i = __char_start_before(b, end);
                if !pat.__matches(__decode(b, i).0) {
                    break;
                }
                end = i;
            } else {
                match pat.__rfind_in(b, end) {
                    Some((s, e)) if e == end && s < end => end = s,
                    _ => break,
                }
            }
        }
        __str_from(b, 0, end)
    }

    pub fn replace<P: Pattern>(&self, mut from: P, to: &str) -> String {
        let b = __str_bytes(self);
        // std's fast path for one ASCII byte replaced by one byte: a map over the bytes,
        // collected into a buffer of exactly the input's length.
        if let Some(from_byte) = from.__ascii_byte() {
            if to.len() == 1 {
                let to_byte = __str_bytes(to)[0];
                let mut v: Vec<u8> = Vec::with_capacity(b.len());
                for x in b.iter() {
                    v.push(if *x == from_byte { to_byte } else { *x });
                }
                return String { vec: v };
            }
        }
        let default_capacity = match from.__utf8_len() {
            Some(n) if n <= to.len() => self.len(),
            _ => 0,
        };
        let mut result = String::with_capacity(default_capacity);
        let mut last_end = 0;
        let mut pos = 0;
        while pos <= b.len() {
            match from.__find_in(b, pos) {
                Some((start, end)) => {
                    result.push_str(__str_from(b, last_end, start));
                    result.push_str(to);
                    last_end = end;
                    pos = if start == end {
                        if end < b.len() {
                            end + __decode(b, end).1
                        } else {
                            end + 1
                        }
                    } else {
                        end
                    };
                }
                None => break,
            }
        }
        result.push_str(__str_from(b, last_end, b.len()));
        result
    }

    pub fn replacen<P: Pattern>(&self, mut pat: P, to: &str, count: usize) -> String {
        let b = __str_bytes(self);
        // std's own guess, made to save reallocations: it shows in the allocation log.
        let mut result = String::with_capacity(32);
        let mut last_end = 0;
        let mut pos = 0;
        let mut n = 0;
        while n < count && pos <= b.len() {
            match pat.__find_in(b, pos) {
                Some((start, end)) => {
                    result.push_str(__str_from(b, last_end, start));
                    result.push_str(to);
                    last_end = end;
                    pos = if start == end {
                        if end < b.len() {
                            end + __decode(b, end).1
                        } else {
                            end + 1
                        }
                    } else {
                        end
                    };
                    n += 1;
                }
                None => break,
            }
        }
        result.push_str(__str_from(b, last_end, b.len()));
        result
    }

    pub fn repeat(&self, n: usize) -> String {
        let capacity = match self.len().checked_mul(n) {
            Some(c) => c,
            None => panic!("capacity overflow"),
        };
        if capacity == 0 {
            return String::new();
        }
        // std's copies within the buffer: it doubles, then copies what remains from its start.
        let mut s = String::with_capacity(capacity);
        s.push_str(self);
        let mut m = n >> 1;
        while m > 0 {
            let len = s.len();
            __intrinsic_string_append_prefix(&mut s, len);
            m >>= 1;
        }
        let rest = capacity - s.len();
        if rest > 0 {
            __intrinsic_string_append_prefix(&mut s, rest);
        }
        s
    }

    pub fn to_uppercase(&self) -> String {
        let mut s = String::with_capacity(self.len());
        for c in self.chars() {
            for u in c.to_uppercase() {
                s.push(u);
            }
        }
        s
    }

    pub fn to_lowercase(&self) -> String {
        let mut s = String::with_capacity(self.len());
        for c in self.chars() {
            if c == 'Σ' {
                // std lowercases a word-final sigma to ς, looking at the letters around it.
                __intrinsic_unsupported("`str::to_lowercase` of a string with a capital sigma");
            }
            for l in c.to_lowercase() {
                s.push(l);
            }
        }
        s
    }

    pub fn to_ascii_uppercase(&self) -> String {
        let mut s = String::with_capacity(self.len());
        for c in self.chars() {
            s.push(c.to_ascii_uppercase());
        }
        s
    }

    pub fn to_ascii_lowercase(&self) -> String {
        let mut s = String::with_capacity(self.len());
        for c in self.chars() {
            s.push(c.to_ascii_lowercase());
        }
        s
    }

    pub fn is_ascii(&self) -> bool {
        let b = __str_bytes(self);
        let mut i = 0;
        while i < b.len() {
            if b[i] >= 0x80 {
                return false;
            }
            i += 1;
        }
        true
    }

    pub fn eq_ignore_ascii_case(&self, other: &str) -> bool {
        let (a, b) = (__str_bytes(self), __str_bytes(other));
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i].to_ascii_lowercase() != b[i].to_ascii_lowercase() {
                return false;
            }
            i += 1;
        }
        true
    }

    pub fn parse<F: FromStr>(&self) -> Result<F, F::Err> {
        F::from_str(self)
    }
}

impl String {
    pub fn insert(&mut self, idx: usize, ch: char) {
        let mut buf = [0u8; 4];
        let n = __encode_utf8(ch, &mut buf);
        self.__insert_bytes(idx, &buf[0..n]);
    }

    pub fn insert_str(&mut self, idx: usize, string: &str) {
        self.__insert_bytes(idx, __str_bytes(string));
    }

    /// std reserves the whole insertion first, so at most one reallocation shows in the log.
    fn __insert_bytes(&mut self, idx: usize, bytes: &[u8]) {
        if !self.as_str().is_char_boundary(idx) {
            panic!("assertion failed: self.is_char_boundary(idx)");
        }
        __intrinsic_vec_reserve::<u8>(&mut self.vec, bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            __intrinsic_vec_insert::<u8>(&mut self.vec, idx + i, bytes[i]);
            i += 1;
        }
    }

    /// std's `vec.split_off`: the tail moves into a String of exactly its length.
    pub fn split_off(&mut self, at: usize) -> String {
        if !self.as_str().is_char_boundary(at) {
            panic!("assertion failed: self.is_char_boundary(at)");
        }
        String {
            vec: self.vec.split_off(at),
        }
    }

    pub fn truncate(&mut self, new_len: usize) {
        if new_len <= self.len() {
            if !self.as_str().is_char_boundary(new_len) {
                panic!("assertion failed: self.is_char_boundary(new_len)");
            }
            __intrinsic_vec_truncate::<u8>(&mut self.vec, new_len);
        }
    }

    pub fn remove(&mut self, idx: usize) -> char {
        let ch = match self.as_str()[idx..].chars().next() {
            Some(ch) => ch,
            None => panic!("cannot remove a char from the end of a string"),
        };
        let mut i = 0;
        while i < ch.len_utf8() {
            __intrinsic_vec_remove::<u8>(&mut self.vec, idx);
            i += 1;
        }
        ch
    }

    pub fn from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error> {
        match __validate_utf8(&vec) {
            Ok(()) => Ok(String { vec: vec }),
            Err(e) => Err(FromUtf8Error {
                bytes: vec,
                error: e,
            }),
        }
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.vec
    }
}

/// `c` as UTF-8 into `buf`; returns its length.
fn __encode_utf8(c: char, buf: &mut [u8; 4]) -> usize {
    let x = c as u32;
    if x < 0x80 {
        buf[0] = x as u8;
        1
    } else if x < 0x800 {
        buf[0] = (0xC0 | (x >> 6)) as u8;
        buf[1] = (0x80 | (x & 0x3F)) as u8;
        2
    } else if x < 0x10000 {
        buf[0] = (0xE0 | (x >> 12)) as u8;
        buf[1] = (0x80 | ((x >> 6) & 0x3F)) as u8;
        buf[2] = (0x80 | (x & 0x3F)) as u8;
        3
    } else {
        buf[0] = (0xF0 | (x >> 18)) as u8;
        buf[1] = (0x80 | ((x >> 12) & 0x3F)) as u8;
        buf[2] = (0x80 | ((x >> 6) & 0x3F)) as u8;
        buf[3] = (0x80 | (x & 0x3F)) as u8;
        4
    }
}

/// `str::from_utf8`: the bytes as a `&str` when they are UTF-8.
fn __std_str_from_utf8(v: &[u8]) -> Result<&str, Utf8Error> {
    match __validate_utf8(v) {
        Ok(()) => Ok(__str_from(v, 0, v.len())),
        Err(e) => Err(e),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Utf8Error {
    valid_up_to: usize,
    error_len: Option<u8>,
}

impl Utf8Error {
    pub fn valid_up_to(&self) -> usize {
        self.valid_up_to
    }

    pub fn error_len(&self) -> Option<usize> {
        match self.error_len {
            Some(n) => Some(n as usize),
            None => None,
        }
    }
}

impl Display for Utf8Error {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __utf8_error_fmt(self, f)
    }
}

fn __utf8_error_fmt(e: &Utf8Error, f: &mut Formatter) -> Result<(), Error> {
    match e.error_len {
        Some(n) => write!(
            f,
            "invalid utf-8 sequence of {} bytes from index {}",
            n, e.valid_up_to
        ),
        None => write!(
            f,
            "incomplete utf-8 byte sequence from index {}",
            e.valid_up_to
        ),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromUtf8Error {
    bytes: Vec<u8>,
    error: Utf8Error,
}

impl FromUtf8Error {
    pub fn utf8_error(&self) -> Utf8Error {
        self.error
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

impl Display for FromUtf8Error {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __utf8_error_fmt(&self.error, f)
    }
}

/// core's run_utf8_validation: the first invalid sequence, with the length std reports for it
/// (`None` when the input ends inside a sequence).
fn __validate_utf8(v: &[u8]) -> Result<(), Utf8Error> {
    let n = v.len();
    let mut i = 0;
    while i < n {
        let first = v[i];
        if first < 0x80 {
            i += 1;
            continue;
        }
        let width = if first >= 0xC2 && first <= 0xDF {
            2
        } else if first >= 0xE0 && first <= 0xEF {
            3
        } else if first >= 0xF0 && first <= 0xF4 {
            4
        } else {
            0
        };
        if width == 0 {
            return Err(Utf8Error {
                valid_up_to: i,
                error_len: Some(1),
            });
        }
        if i + 1 >= n {
            return Err(Utf8Error {
                valid_up_to: i,
                error_len: None,
            });
        }
        let second = v[i + 1];
        let second_ok = if width == 2 {
            (second & 0xC0) == 0x80
        } else if width == 3 {
            (first == 0xE0 && second >= 0xA0 && second <= 0xBF)
                || (first >= 0xE1 && first <= 0xEC && second >= 0x80 && second <= 0xBF)
                || (first == 0xED && second >= 0x80 && second <= 0x9F)
                || (first >= 0xEE && second >= 0x80 && second <= 0xBF)
        } else {
            (first == 0xF0 && second >= 0x90 && second <= 0xBF)
                || (first >= 0xF1 && first <= 0xF3 && second >= 0x80 && second <= 0xBF)
                || (first == 0xF4 && second >= 0x80 && second <= 0x8F)
        };
        if !second_ok {
            return Err(Utf8Error {
                valid_up_to: i,
                error_len: Some(1),
            });
        }
        let mut k = 2;
        while k < width {
            if i + k >= n {
                return Err(Utf8Error {
                    valid_up_to: i,
                    error_len: None,
                });
            }
            if (v[i + k] & 0xC0) != 0x80 {
                return Err(Utf8Error {
                    valid_up_to: i,
                    error_len: Some(k as u8),
                });
            }
            k += 1;
        }
        i += width;
    }
    Ok(())
}

/// Unicode's derived properties, as core's tables give them (the machine asks the host's Unicode
/// data, the same version as rustc's): 0 Alphabetic, 1 Numeric (general categories Nd, Nl, No),
/// 2 Uppercase, 3 Lowercase.
fn __intrinsic_char_property(c: char, property: u8) -> bool {
    unreachable!()
}

/// Unicode's full case mapping of `c` (up to three chars; `ß` uppercases to "SS"): the
/// `i`th char of it as a `u32`, or 0x110000 past its end.
fn __intrinsic_char_case(c: char, upper: bool, i: usize) -> u32 {
    unreachable!()
}

pub trait FromStr {
    type Err;
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIntError {
    kind: IntErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntErrorKind {
    Empty,
    InvalidDigit,
    PosOverflow,
    NegOverflow,
    Zero,
}

impl ParseIntError {
    pub fn kind(&self) -> &IntErrorKind {
        &self.kind
    }
}

impl Display for ParseIntError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        let s = match self.kind {
            IntErrorKind::Empty => "cannot parse integer from empty string",
            IntErrorKind::InvalidDigit => "invalid digit found in string",
            IntErrorKind::PosOverflow => "number too large to fit in target type",
            IntErrorKind::NegOverflow => "number too small to fit in target type",
            IntErrorKind::Zero => "number would be zero for non-zero type",
        };
        __intrinsic_fmt_pad(f, s)
    }
}

/// `FromStr` for an integer type and its `from_str_radix`, as core/num parses: an optional sign,
/// then digits of the radix (either case), with std's errors for an empty string, a bad digit
/// and overflow either way.
macro_rules! from_str_int_impl {
    ($t:ident) => {
        impl FromStr for $t {
            type Err = ParseIntError;

            fn from_str(src: &str) -> Result<$t, ParseIntError> {
                $t::from_str_radix(src, 10)
            }
        }

        impl $t {
            pub fn from_str_radix(src: &str, radix: u32) -> Result<$t, ParseIntError> {
                if radix < 2 || radix > 36 {
                    panic!(
                        "from_ascii_radix: radix must lie in the range `[2, 36]` - found {}",
                        radix
                    );
                }
                let b = src.as_bytes();
                if b.len() == 0 {
                    return Err(ParseIntError {
                        kind: IntErrorKind::Empty,
                    });
                }
                let signed = $t::MIN < 0;
                if b.len() == 1 && (b[0] == b'+' || b[0] == b'-') {
                    return Err(ParseIntError {
                        kind: IntErrorKind::InvalidDigit,
                    });
                }
                let mut i = 0;
                let mut positive = true;
                if b[0] == b'+' {
                    i = 1;
                } else if b[0] == b'-' && signed {
                    i = 1;
                    positive = false;
                }
                let base = radix as $t;
                let mut result: $t = 0;
                while i < b.len() {
                    let c = b[i];
                    let mul_ok = result <= $t::MAX / base && result >= $t::MIN / base;
                    let digit = if c >= b'0' && c <= b'9' {
                        (c - b'0') as u32
                    } else if c >= b'a' && c <= b'z' {
                        (c - b'a') as u32 + 10
                    } else if c >= b'A' && c <= b'Z' {
                        (c - b'A') as u32 + 10
                    } else {
                        radix
                    };
                    if digit >= radix {
                        return Err(ParseIntError {
                            kind: IntErrorKind::InvalidDigit,
                        });
                    }
                    let x = digit as $t;
                    if positive {
                        if !mul_ok || result * base > $t::MAX - x {
                            return Err(ParseIntError {
                                kind: IntErrorKind::PosOverflow,
                            });
                        }
                        result = result * base + x;
                    } else {
                        if !mul_ok || result * base < $t::MIN + x {
                            return Err(ParseIntError {
                                kind: IntErrorKind::NegOverflow,
                            });
                        }
                        result = result * base - x;
                    }
                    i += 1;
                }
                Ok(result)
            }
        }
    };
}

from_str_int_impl!(i8);
from_str_int_impl!(i16);
from_str_int_impl!(i32);
from_str_int_impl!(i64);
from_str_int_impl!(i128);
from_str_int_impl!(isize);
from_str_int_impl!(u8);
from_str_int_impl!(u16);
from_str_int_impl!(u32);
from_str_int_impl!(u64);
from_str_int_impl!(u128);
from_str_int_impl!(usize);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFloatError {
    kind: FloatErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum FloatErrorKind {
    Empty,
    Invalid,
}

impl Display for ParseFloatError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        let s = match self.kind {
            FloatErrorKind::Empty => "cannot parse float from empty string",
            FloatErrorKind::Invalid => "invalid float literal",
        };
        __intrinsic_fmt_pad(f, s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseBoolError;

impl Display for ParseBoolError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_pad(f, "provided string was not `true` or `false`")
    }
}

impl FromStr for bool {
    type Err = ParseBoolError;

    fn from_str(s: &str) -> Result<bool, ParseBoolError> {
        match s {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(ParseBoolError),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseCharError {
    kind: CharErrorKind,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum CharErrorKind {
    EmptyString,
    TooManyChars,
}

impl Display for ParseCharError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        let s = match self.kind {
            CharErrorKind::EmptyString => "cannot parse char from empty string",
            CharErrorKind::TooManyChars => "too many characters in string",
        };
        __intrinsic_fmt_pad(f, s)
    }
}

impl FromStr for char {
    type Err = ParseCharError;

    fn from_str(s: &str) -> Result<char, ParseCharError> {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (None, _) => Err(ParseCharError {
                kind: CharErrorKind::EmptyString,
            }),
            (Some(c), None) => Ok(c),
            _ => Err(ParseCharError {
                kind: CharErrorKind::TooManyChars,
            }),
        }
    }
}

fn __intrinsic_float_parses<T>(src: &str) -> bool {
    unreachable!()
}
fn __intrinsic_parse_float<T>(src: &str) -> T {
    unreachable!()
}

impl FromStr for f64 {
    type Err = ParseFloatError;

    fn from_str(src: &str) -> Result<f64, ParseFloatError> {
        if src.len() == 0 {
            return Err(ParseFloatError {
                kind: FloatErrorKind::Empty,
            });
        }
        if __intrinsic_float_parses::<f64>(src) {
            Ok(__intrinsic_parse_float::<f64>(src))
        } else {
            Err(ParseFloatError {
                kind: FloatErrorKind::Invalid,
            })
        }
    }
}

impl FromStr for f32 {
    type Err = ParseFloatError;

    fn from_str(src: &str) -> Result<f32, ParseFloatError> {
        if src.len() == 0 {
            return Err(ParseFloatError {
                kind: FloatErrorKind::Empty,
            });
        }
        if __intrinsic_float_parses::<f32>(src) {
            Ok(__intrinsic_parse_float::<f32>(src))
        } else {
            Err(ParseFloatError {
                kind: FloatErrorKind::Invalid,
            })
        }
    }
}

impl u8 {
    pub fn is_ascii(&self) -> bool {
        *self < 0x80
    }

    pub fn to_ascii_uppercase(&self) -> u8 {
        if *self >= b'a' && *self <= b'z' {
            *self - 32
        } else {
            *self
        }
    }

    pub fn to_ascii_lowercase(&self) -> u8 {
        if *self >= b'A' && *self <= b'Z' {
            *self + 32
        } else {
            *self
        }
    }

    pub fn is_ascii_digit(&self) -> bool {
        *self >= b'0' && *self <= b'9'
    }

    pub fn is_ascii_alphabetic(&self) -> bool {
        (*self >= b'a' && *self <= b'z') || (*self >= b'A' && *self <= b'Z')
    }

    pub fn is_ascii_alphanumeric(&self) -> bool {
        self.is_ascii_digit() || self.is_ascii_alphabetic()
    }

    pub fn is_ascii_uppercase(&self) -> bool {
        *self >= b'A' && *self <= b'Z'
    }

    pub fn is_ascii_lowercase(&self) -> bool {
        *self >= b'a' && *self <= b'z'
    }

    pub fn is_ascii_whitespace(&self) -> bool {
        *self == b' ' || *self == b'\t' || *self == b'\n' || *self == 0x0C || *self == b'\r'
    }

    pub fn is_ascii_punctuation(&self) -> bool {
        (*self >= 33 && *self <= 47)
            || (*self >= 58 && *self <= 64)
            || (*self >= 91 && *self <= 96)
            || (*self >= 123 && *self <= 126)
    }
}

impl char {
    pub fn from_u32(i: u32) -> Option<char> {
        if i > 0x10FFFF || (i >= 0xD800 && i <= 0xDFFF) {
            None
        } else {
            Some(__char_from_u32(i))
        }
    }

    pub fn from_digit(num: u32, radix: u32) -> Option<char> {
        __std_char_from_digit(num, radix)
    }

    pub fn len_utf8(self) -> usize {
        let c = self as u32;
        if c < 0x80 {
            1
        } else if c < 0x800 {
            2
        } else if c < 0x10000 {
            3
        } else {
            4
        }
    }

    pub fn is_ascii(&self) -> bool {
        (*self as u32) < 0x80
    }

    pub fn is_ascii_digit(&self) -> bool {
        self.is_ascii() && (*self as u8).is_ascii_digit()
    }

    pub fn is_ascii_hexdigit(&self) -> bool {
        self.is_ascii_digit() || (*self >= 'a' && *self <= 'f') || (*self >= 'A' && *self <= 'F')
    }

    pub fn is_ascii_alphabetic(&self) -> bool {
        self.is_ascii() && (*self as u8).is_ascii_alphabetic()
    }

    pub fn is_ascii_alphanumeric(&self) -> bool {
        self.is_ascii() && (*self as u8).is_ascii_alphanumeric()
    }

    pub fn is_ascii_uppercase(&self) -> bool {
        self.is_ascii() && (*self as u8).is_ascii_uppercase()
    }

    pub fn is_ascii_lowercase(&self) -> bool {
        self.is_ascii() && (*self as u8).is_ascii_lowercase()
    }

    pub fn is_ascii_whitespace(&self) -> bool {
        self.is_ascii() && (*self as u8).is_ascii_whitespace()
    }

    pub fn is_ascii_punctuation(&self) -> bool {
        self.is_ascii() && (*self as u8).is_ascii_punctuation()
    }

    pub fn is_ascii_graphic(&self) -> bool {
        *self >= '!' && *self <= '~'
    }

    pub fn is_ascii_control(&self) -> bool {
        (*self as u32) < 32 || *self == '\u{7f}'
    }

    pub fn to_ascii_uppercase(&self) -> char {
        if self.is_ascii_lowercase() {
            ((*self as u8) - 32) as char
        } else {
            *self
        }
    }

    pub fn to_ascii_lowercase(&self) -> char {
        if self.is_ascii_uppercase() {
            ((*self as u8) + 32) as char
        } else {
            *self
        }
    }

    pub fn eq_ignore_ascii_case(&self, other: &char) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }

    pub fn is_whitespace(self) -> bool {
        let c = self as u32;
        // ASCII first, as std does: most characters are decided by two comparisons.
        if c < 0x80 {
            return c == 32 || (c >= 9 && c <= 13);
        }
        c == 0x85
            || c == 0xA0
            || c == 0x1680
            || (c >= 0x2000 && c <= 0x200A)
            || c == 0x2028
            || c == 0x2029
            || c == 0x202F
            || c == 0x205F
            || c == 0x3000
    }

    pub fn is_alphabetic(self) -> bool {
        __intrinsic_char_property(self, 0)
    }

    pub fn is_numeric(self) -> bool {
        __intrinsic_char_property(self, 1)
    }

    pub fn is_alphanumeric(self) -> bool {
        self.is_alphabetic() || self.is_numeric()
    }

    pub fn is_uppercase(self) -> bool {
        __intrinsic_char_property(self, 2)
    }

    pub fn is_lowercase(self) -> bool {
        __intrinsic_char_property(self, 3)
    }

    pub fn is_control(self) -> bool {
        let c = self as u32;
        c < 32 || (c >= 0x7F && c < 0xA0)
    }

    pub fn to_digit(self, radix: u32) -> Option<u32> {
        if radix < 2 || radix > 36 {
            panic!("to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive");
        }
        let c = self as u32;
        let d = if c >= 48 && c <= 57 {
            c - 48
        } else if c >= 97 && c <= 122 {
            c - 97 + 10
        } else if c >= 65 && c <= 90 {
            c - 65 + 10
        } else {
            return None;
        };
        if d < radix { Some(d) } else { None }
    }

    pub fn is_digit(self, radix: u32) -> bool {
        self.to_digit(radix).is_some()
    }

    pub fn to_uppercase(self) -> __CaseMapping {
        __CaseMapping::new(self, true)
    }

    pub fn to_lowercase(self) -> __CaseMapping {
        __CaseMapping::new(self, false)
    }
}

/// std's `ToUppercase`/`ToLowercase`: the up to three chars of a case mapping.
pub struct __CaseMapping {
    chars: [char; 3],
    start: usize,
    end: usize,
}

impl __CaseMapping {
    fn new(c: char, upper: bool) -> __CaseMapping {
        let mut chars = ['\0'; 3];
        let mut end = 0;
        while end < 3 {
            let x = __intrinsic_char_case(c, upper, end);
            if x == 0x110000 {
                break;
            }
            chars[end] = __char_from_u32(x);
            end += 1;
        }
        __CaseMapping {
            chars,
            start: 0,
            end,
        }
    }
}

impl Iterator for __CaseMapping {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if self.start < self.end {
            self.start += 1;
            Some(self.chars[self.start - 1])
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.start;
        (n, Some(n))
    }

    fn __trusted_len(&self) -> bool {
        true
    }
}

impl DoubleEndedIterator for __CaseMapping {
    fn next_back(&mut self) -> Option<char> {
        if self.start < self.end {
            self.end -= 1;
            Some(self.chars[self.end])
        } else {
            None
        }
    }
}

impl ExactSizeIterator for __CaseMapping {}

impl Display for __CaseMapping {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        let mut i = self.start;
        while i < self.end {
            __intrinsic_fmt_display(&self.chars[i], f);
            i += 1;
        }
        Ok(())
    }
}

fn __intrinsic_fmt_write_str(f: &mut Formatter, s: &str) -> Result<(), Error> {
    unreachable!()
}

impl bool {
    pub fn clamp(self, min: bool, max: bool) -> bool {
        assert!(min <= max);
        self.max(min).min(max)
    }
}
