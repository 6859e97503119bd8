import { INT_KINDS } from '../syntax/primitives.js';

/**
 * Operator traits and `Ordering`, as std defines them. A binary operator on a type that is not
 * a primitive calls its impl of these traits. (std's traits default `Rhs` to `Self`; an impl
 * that names no `Rhs` gets `Self`, see TypeContext.)
 */
const BINARY = ['Add:add', 'Sub:sub', 'Mul:mul', 'Div:div', 'Rem:rem', 'BitAnd:bitand', 'BitOr:bitor', 'BitXor:bitxor', 'Shl:shl', 'Shr:shr'];

const binaryTraits = BINARY.map((pair) => {
  const [name, method] = pair.split(':') as [string, string];
  return `pub trait ${name}<Rhs> {
    type Output;
    fn ${method}(self, rhs: Rhs) -> Self::Output;
}

pub trait ${name}Assign<Rhs> {
    fn ${method}_assign(&mut self, rhs: Rhs);
}
`;
}).join('\n');

const INTS = INT_KINDS as readonly string[];
const FLOATS = ['f32', 'f64'];
const ARITH = ['Add:add:+', 'Sub:sub:-', 'Mul:mul:*', 'Div:div:/', 'Rem:rem:%'];
const BITS = ['BitAnd:bitand:&', 'BitOr:bitor:|', 'BitXor:bitxor:^', 'Shl:shl:<<', 'Shr:shr:>>'];

/** core's operator impls for the primitives (what a generic \`T: Add<Output = T>\` calls): the
 *  operator itself, so overflow and division by zero panic as the built-in operator does. */
function primitiveOpImpls(ops: readonly string[], types: readonly string[]): string {
  return types.flatMap((t) => ops.map((op) => {
    const [name, method, symbol] = op.split(':') as [string, string, string];
    return `impl ${name} for ${t} {
    type Output = ${t};
    fn ${method}(self, other: ${t}) -> ${t} { self ${symbol} other }
}
impl ${name}Assign for ${t} {
    fn ${method}_assign(&mut self, other: ${t}) { *self ${symbol}= other; }
}
`;
  })).join('');
}

const PRIMITIVE_OP_IMPLS = [
  primitiveOpImpls(ARITH, [...INTS, ...FLOATS]),
  primitiveOpImpls(BITS.slice(0, 3), [...INTS, 'bool']),
  primitiveOpImpls(BITS.slice(3), INTS),
  ...[...INTS.filter((t) => t.startsWith('i')), ...FLOATS].map((t) => `impl Neg for ${t} {
    type Output = ${t};
    fn neg(self) -> ${t} { -self }
}
`),
  ...[...INTS, 'bool'].map((t) => `impl Not for ${t} {
    type Output = ${t};
    fn not(self) -> ${t} { !self }
}
`),
].join('');

export const PRELUDE_OPS_SOURCE = `
${binaryTraits}

${PRIMITIVE_OP_IMPLS}

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

/// std's \`cmp::Reverse\`: orders its value the other way round.
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

/// \`char::from_digit\`, as core/char/convert.rs writes it.
fn __std_char_from_digit(num: u32, radix: u32) -> Option<char> {
    if radix > 36 {
        panic!("from_digit: radix is too high (maximum 36)");
    }
    if num < radix {
        let num = num as u8;
        if num < 10 { Some((b'0' + num) as char) } else { Some((b'a' + num - 10) as char) }
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

fn __intrinsic_swap<T>(x: &mut T, y: &mut T) { unreachable!() }

/** \`partial_cmp\` from what \`__intrinsic_cmp\` returns: 2 means unordered (a NaN). */
fn __partial_ordering(c: i8) -> Option<Ordering> {
    if c == 2 {
        None
    } else {
        Some(__ordering(c))
    }
}

/** The \`Ordering\` for what \`__intrinsic_cmp\` returns (-1, 0, 1). */
fn __ordering(c: i8) -> Ordering {
    if c < 0 {
        Ordering::Less
    } else if c == 0 {
        Ordering::Equal
    } else {
        Ordering::Greater
    }
}
`;

/** \`String + &str\`, as std's \`impl Add<&str> for String\`: appends to the left operand's buffer. */
export const PRELUDE_STRING_OPS_SOURCE = `
impl Add<&str> for String {
    type Output = String;

    fn add(mut self, other: &str) -> String {
        self.push_str(other);
        self
    }
}

impl AddAssign<&str> for String {
    fn add_assign(&mut self, other: &str) {
        self.push_str(other);
    }
}
`;

/** The range types besides \`Range\` (which lives with the iterators). */
export const PRELUDE_RANGES_SOURCE = `
#[derive(Clone, PartialEq, Eq)]
pub struct RangeInclusive<Idx> {
    start: Idx,
    end: Idx,
    exhausted: bool,
}

impl<Idx> RangeInclusive<Idx> {
    pub fn new(start: Idx, end: Idx) -> RangeInclusive<Idx> {
        RangeInclusive { start: start, end: end, exhausted: false }
    }

    pub fn start(&self) -> &Idx {
        &self.start
    }

    pub fn end(&self) -> &Idx {
        &self.end
    }
}

impl<Idx: PartialOrd> RangeInclusive<Idx> {
    pub fn contains(&self, item: &Idx) -> bool {
        *item >= self.start && *item <= self.end
    }

    pub fn is_empty(&self) -> bool {
        self.exhausted || !(self.start <= self.end)
    }
}

impl<Idx: PartialOrd> Range<Idx> {
    pub fn contains(&self, item: &Idx) -> bool {
        *item >= self.start && *item < self.end
    }

    pub fn is_empty(&self) -> bool {
        !(self.start < self.end)
    }
}

impl<A: Step + Copy> Iterator for RangeInclusive<A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        if self.exhausted || __intrinsic_cmp::<A>(&self.start, &self.end) > 0 {
            return None;
        }
        let n = self.start;
        if __intrinsic_cmp::<A>(&self.start, &self.end) < 0 {
            self.start = A::forward(n);
        } else {
            self.exhausted = true;
        }
        Some(n)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.exhausted || __intrinsic_cmp::<A>(&self.start, &self.end) > 0 {
            return (0, Some(0));
        }
        let (lower, upper) = A::steps_between(&self.start, &self.end);
        (lower.saturating_add(1), match upper { Some(steps) => steps.checked_add(1), None => None })
    }

    fn __trusted_len(&self) -> bool {
        true
    }
}

impl<A: Step + Copy> DoubleEndedIterator for RangeInclusive<A> {
    fn next_back(&mut self) -> Option<A> {
        if self.exhausted || __intrinsic_cmp::<A>(&self.start, &self.end) > 0 {
            return None;
        }
        let n = self.end;
        if __intrinsic_cmp::<A>(&self.start, &self.end) < 0 {
            self.end = A::backward(n);
        } else {
            self.exhausted = true;
        }
        Some(n)
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct RangeFrom<Idx> {
    pub start: Idx,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub struct RangeTo<Idx> {
    pub end: Idx,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub struct RangeToInclusive<Idx> {
    pub end: Idx,
}

#[derive(Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct RangeFull;

#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub enum Bound<T> {
    Included(T),
    Excluded(T),
    Unbounded,
}

impl<T> Bound<T> {
    pub fn as_ref(&self) -> Bound<&T> {
        match self {
            Bound::Included(x) => Bound::Included(x),
            Bound::Excluded(x) => Bound::Excluded(x),
            Bound::Unbounded => Bound::Unbounded,
        }
    }
}

impl<T: Clone> Bound<&T> {
    pub fn cloned(self) -> Bound<T> {
        match self {
            Bound::Included(x) => Bound::Included(x.clone()),
            Bound::Excluded(x) => Bound::Excluded(x.clone()),
            Bound::Unbounded => Bound::Unbounded,
        }
    }
}

pub trait RangeBounds<T> {
    fn start_bound(&self) -> Bound<&T>;
    fn end_bound(&self) -> Bound<&T>;
}

impl<T> RangeBounds<T> for Range<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Included(&self.start)
    }

    fn end_bound(&self) -> Bound<&T> {
        Bound::Excluded(&self.end)
    }
}

impl<T> RangeBounds<T> for RangeInclusive<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Included(&self.start)
    }

    /// An exhausted range is empty: its end no longer counts.
    fn end_bound(&self) -> Bound<&T> {
        if self.exhausted { Bound::Excluded(&self.end) } else { Bound::Included(&self.end) }
    }
}

impl<T> RangeBounds<T> for RangeFrom<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Included(&self.start)
    }

    fn end_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }
}

impl<T> RangeBounds<T> for RangeTo<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }

    fn end_bound(&self) -> Bound<&T> {
        Bound::Excluded(&self.end)
    }
}

impl<T> RangeBounds<T> for RangeToInclusive<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }

    fn end_bound(&self) -> Bound<&T> {
        Bound::Included(&self.end)
    }
}

impl<T> RangeBounds<T> for RangeFull {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }

    fn end_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }
}

impl<T> RangeBounds<T> for (Bound<T>, Bound<T>) {
    fn start_bound(&self) -> Bound<&T> {
        self.0.as_ref()
    }

    fn end_bound(&self) -> Bound<&T> {
        self.1.as_ref()
    }
}

/// core's \`slice::range\` (\`into_slice_range\`): the bounds as \`start..end\` within \`len\`.
fn __slice_range<R: RangeBounds<usize>>(range: &R, len: usize) -> (usize, usize) {
    let end = match range.end_bound() {
        Bound::Included(end) => if *end >= len { __slice_index_fail() } else { *end + 1 },
        Bound::Excluded(end) => if *end > len { __slice_index_fail() } else { *end },
        Bound::Unbounded => len,
    };
    let start = match range.start_bound() {
        Bound::Excluded(start) => if *start >= end { __slice_index_fail() } else { *start + 1 },
        Bound::Included(start) => if *start > end { __slice_index_fail() } else { *start },
        Bound::Unbounded => 0,
    };
    (start, end)
}

fn __slice_index_fail() -> usize {
    // core panics in slice/index.rs (its own location), not at the caller.
    __intrinsic_unsupported("a range out of bounds for the slice, whose panic std reports inside core");
    0
}

impl<Idx: Debug> Debug for Range<Idx> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_debug(&self.start, f)?;
        f.write_str("..")?;
        __intrinsic_fmt_debug(&self.end, f)
    }
}

impl<Idx: Debug> Debug for RangeInclusive<Idx> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_debug(&self.start, f)?;
        f.write_str("..=")?;
        __intrinsic_fmt_debug(&self.end, f)?;
        if self.exhausted {
            f.write_str(" (exhausted)")?;
        }
        Ok(())
    }
}

impl<Idx: Debug> Debug for RangeFrom<Idx> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_debug(&self.start, f)?;
        f.write_str("..")
    }
}

impl<Idx: Debug> Debug for RangeTo<Idx> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.write_str("..")?;
        __intrinsic_fmt_debug(&self.end, f)
    }
}

impl<Idx: Debug> Debug for RangeToInclusive<Idx> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.write_str("..=")?;
        __intrinsic_fmt_debug(&self.end, f)
    }
}

impl Debug for RangeFull {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.write_str("..")
    }
}

impl<A: Step + Copy> Iterator for RangeFrom<A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        let n = self.start;
        self.start = A::forward(n);
        Some(n)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (usize::MAX, None)
    }

    fn __trusted_len(&self) -> bool {
        true
    }
}
`;

/** \`From\` and \`Into\`, with std's blanket \`impl<T, U: From<T>> Into<U> for T\`. */
export const PRELUDE_CONVERT_SOURCE = `
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

/// std's \`c.to_string()\`: the char's UTF-8 bytes, allocated exactly.
impl From<char> for String {
    fn from(c: char) -> String {
        let mut s = String::with_capacity(c.len_utf8());
        s.push(c);
        s
    }
}
`;
