//! The iterator part of the std prelude: the Iterator and IntoIterator traits, ranges, slice and
//! Vec iterators, and the adapters, written in Rust as std writes them (simplified where std's
//! optimisations have no visible effect).

fn __intrinsic_cmp<T>(a: &T, b: &T) -> i8 {
    unreachable!()
}
fn __intrinsic_clone<T, U>(a: &T) -> U {
    unreachable!()
}

pub trait Iterator {
    type Item;

    fn next(&mut self) -> Option<Self::Item>;

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, None)
    }

    /// Whether std's `TrustedLen` holds (`collect` then reserves the upper bound at once).
    fn __trusted_len(&self) -> bool {
        false
    }

    /// Whether std's `TrustedRandomAccess` holds (`Skip` and `StepBy` are then `TrustedLen`).
    fn __random_access(&self) -> bool {
        false
    }

    fn count(mut self) -> usize {
        let mut n = 0;
        while let Some(_) = self.next() {
            n += 1;
        }
        n
    }

    fn last(mut self) -> Option<Self::Item> {
        let mut last = None;
        while let Some(x) = self.next() {
            last = Some(x);
        }
        last
    }

    fn nth(&mut self, n: usize) -> Option<Self::Item> {
        let mut i = 0;
        while let Some(x) = self.next() {
            if i == n {
                return Some(x);
            }
            i += 1;
        }
        None
    }

    fn map<B, F: FnMut(Self::Item) -> B>(self, f: F) -> Map<Self, F> {
        Map { iter: self, f: f }
    }

    fn filter<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> Filter<Self, P> {
        Filter {
            iter: self,
            predicate: predicate,
        }
    }

    fn filter_map<B, F: FnMut(Self::Item) -> Option<B>>(self, f: F) -> FilterMap<Self, F> {
        FilterMap { iter: self, f: f }
    }

    fn enumerate(self) -> Enumerate<Self> {
        Enumerate {
            iter: self,
            count: 0,
        }
    }

    fn zip<U: IntoIterator>(self, other: U) -> Zip<Self, U::IntoIter> {
        Zip {
            a: self,
            b: other.into_iter(),
        }
    }

    fn chain<U: IntoIterator>(self, other: U) -> Chain<Self, U::IntoIter> {
        Chain {
            a: Some(self),
            b: Some(other.into_iter()),
        }
    }

    fn rev(self) -> Rev<Self> {
        Rev { iter: self }
    }

    fn take(self, n: usize) -> Take<Self> {
        Take { iter: self, n: n }
    }

    fn skip(self, n: usize) -> Skip<Self> {
        Skip { iter: self, n: n }
    }

    fn scan<St, B, F: FnMut(&mut St, Self::Item) -> Option<B>>(
        self,
        initial_state: St,
        f: F,
    ) -> Scan<Self, St, F> {
        Scan {
            iter: self,
            f: f,
            state: initial_state,
        }
    }

    fn take_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> TakeWhile<Self, P> {
        TakeWhile {
            iter: self,
            flag: false,
            predicate: predicate,
        }
    }

    fn skip_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> SkipWhile<Self, P> {
        SkipWhile {
            iter: self,
            flag: false,
            predicate: predicate,
        }
    }

    fn step_by(self, step: usize) -> StepBy<Self> {
        if step == 0 {
            // std panics inside core (iter/adapters/step_by.rs), not at the caller.
            __intrinsic_unsupported("`step_by(0)`, whose panic std reports inside core");
        }
        StepBy {
            iter: self,
            step_minus_one: step - 1,
            first_take: true,
        }
    }

    fn peekable(self) -> Peekable<Self, Self::Item> {
        Peekable {
            iter: self,
            peeked: None,
        }
    }

    fn flat_map<U: IntoIterator, F: FnMut(Self::Item) -> U>(
        self,
        f: F,
    ) -> FlatMap<Self, U::IntoIter, F> {
        FlatMap {
            iter: self,
            f: f,
            done: false,
            front: None,
            back: None,
        }
    }

    /// std's `Flatten` is `FlatMap`'s state without the function (both are core's
    /// `FlattenCompat`), so this is `flat_map` of the identity.
    fn flatten(self) -> impl Iterator {
        self.flat_map(|inner| inner)
    }

    /// std requires `Self: Clone`; the front end has no `where` on `Self`, so the clone is the
    /// machine's (the iterator's derived or own `Clone`).
    fn cycle(self) -> Cycle<Self> {
        Cycle {
            orig: __intrinsic_clone::<Self, Self>(&self),
            iter: self,
        }
    }

    fn inspect<F: FnMut(&Self::Item)>(self, f: F) -> Inspect<Self, F> {
        Inspect { iter: self, f: f }
    }

    fn cloned(self) -> Cloned<Self, Self::Item> {
        Cloned {
            iter: self,
            witness: __none::<Self::Item>(),
        }
    }

    fn copied(self) -> Copied<Self, Self::Item> {
        Copied {
            iter: self,
            witness: __none::<Self::Item>(),
        }
    }

    fn fold<B, F: FnMut(B, Self::Item) -> B>(mut self, init: B, mut f: F) -> B {
        let mut acc = init;
        while let Some(x) = self.next() {
            acc = f(acc, x);
        }
        acc
    }

    fn reduce<F: FnMut(Self::Item, Self::Item) -> Self::Item>(
        mut self,
        f: F,
    ) -> Option<Self::Item> {
        let first = self.next()?;
        Some(self.fold(first, f))
    }

    fn for_each<F: FnMut(Self::Item)>(mut self, mut f: F) {
        while let Some(x) = self.next() {
            f(x);
        }
    }

    fn any<F: FnMut(Self::Item) -> bool>(&mut self, mut f: F) -> bool {
        while let Some(x) = self.next() {
            if f(x) {
                return true;
            }
        }
        false
    }

    fn all<F: FnMut(Self::Item) -> bool>(&mut self, mut f: F) -> bool {
        while let Some(x) = self.next() {
            if !f(x) {
                return false;
            }
        }
        true
    }

    fn find<P: FnMut(&Self::Item) -> bool>(&mut self, mut predicate: P) -> Option<Self::Item> {
        while let Some(x) = self.next() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }

    fn find_map<B, F: FnMut(Self::Item) -> Option<B>>(&mut self, mut f: F) -> Option<B> {
        while let Some(x) = self.next() {
            if let Some(b) = f(x) {
                return Some(b);
            }
        }
        None
    }

    fn position<P: FnMut(Self::Item) -> bool>(&mut self, mut predicate: P) -> Option<usize> {
        let mut i = 0;
        while let Some(x) = self.next() {
            if predicate(x) {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    fn sum<S: Sum<Self::Item>>(self) -> S {
        S::__sum(self, __none::<Self::Item>())
    }

    fn product<P: Product<Self::Item>>(self) -> P {
        P::__product(self, __none::<Self::Item>())
    }

    fn collect<B: FromIterator<Self::Item>>(self) -> B {
        B::__from_iter(self, __none::<Self::Item>())
    }

    /// std folds the items into the two collections one `extend_one` at a time.
    fn partition<B: Default + Extend<Self::Item>, F: FnMut(&Self::Item) -> bool>(
        mut self,
        mut f: F,
    ) -> (B, B) {
        let mut left: B = Default::default();
        let mut right: B = Default::default();
        while let Some(x) = self.next() {
            if f(&x) {
                left.extend_one(x);
            } else {
                right.extend_one(x);
            }
        }
        (left, right)
    }

    fn unzip<U: __Unzip<Self::Item>>(self) -> U {
        U::__unzip(self, __none::<Self::Item>())
    }

    fn max(self) -> Option<Self::Item> {
        self.max_by(|a, b| __ordering(__intrinsic_cmp::<Self::Item>(a, b)))
    }

    fn min(self) -> Option<Self::Item> {
        self.min_by(|a, b| __ordering(__intrinsic_cmp::<Self::Item>(a, b)))
    }

    fn max_by_key<B, F: FnMut(&Self::Item) -> B>(mut self, mut f: F) -> Option<Self::Item> {
        let mut best = self.next()?;
        let mut best_key = f(&best);
        while let Some(x) = self.next() {
            let key = f(&x);
            if __intrinsic_cmp::<B>(&best_key, &key) <= 0 {
                best = x;
                best_key = key;
            }
        }
        Some(best)
    }

    fn min_by_key<B, F: FnMut(&Self::Item) -> B>(mut self, mut f: F) -> Option<Self::Item> {
        let mut best = self.next()?;
        let mut best_key = f(&best);
        while let Some(x) = self.next() {
            let key = f(&x);
            if __intrinsic_cmp::<B>(&best_key, &key) > 0 {
                best = x;
                best_key = key;
            }
        }
        Some(best)
    }

    fn max_by<F: FnMut(&Self::Item, &Self::Item) -> Ordering>(
        mut self,
        mut compare: F,
    ) -> Option<Self::Item> {
        let mut best = self.next()?;
        while let Some(x) = self.next() {
            match compare(&best, &x) {
                Ordering::Greater => {}
                _ => best = x,
            }
        }
        Some(best)
    }

    fn min_by<F: FnMut(&Self::Item, &Self::Item) -> Ordering>(
        mut self,
        mut compare: F,
    ) -> Option<Self::Item> {
        let mut best = self.next()?;
        while let Some(x) = self.next() {
            match compare(&best, &x) {
                Ordering::Greater => best = x,
                _ => {}
            }
        }
        Some(best)
    }
}

pub trait IntoIterator {
    type Item;
    type IntoIter;

    fn into_iter(self) -> Self::IntoIter;
}

impl<I: Iterator> IntoIterator for I {
    type Item = I::Item;
    type IntoIter = I;

    fn into_iter(self) -> I {
        self
    }
}

pub trait DoubleEndedIterator: Iterator {
    fn next_back(&mut self) -> Option<Self::Item>;

    fn nth_back(&mut self, n: usize) -> Option<Self::Item> {
        let mut i = 0;
        while let Some(x) = self.next_back() {
            if i == n {
                return Some(x);
            }
            i += 1;
        }
        None
    }

    fn rfold<B, F: FnMut(B, Self::Item) -> B>(mut self, init: B, mut f: F) -> B {
        let mut acc = init;
        while let Some(x) = self.next_back() {
            acc = f(acc, x);
        }
        acc
    }

    fn rfind<P: FnMut(&Self::Item) -> bool>(&mut self, mut predicate: P) -> Option<Self::Item> {
        while let Some(x) = self.next_back() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }

    fn rposition<P: FnMut(Self::Item) -> bool>(&mut self, mut predicate: P) -> Option<usize> {
        let (mut i, _) = self.size_hint();
        while let Some(x) = self.next_back() {
            i -= 1;
            if predicate(x) {
                return Some(i);
            }
        }
        None
    }
}

pub trait ExactSizeIterator: Iterator {
    fn len(&self) -> usize {
        let (lower, _) = self.size_hint();
        lower
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// `&mut I` as an iterator, for the prelude's own use (std's `impl Iterator for &mut I`
/// would be selected for any `&mut` receiver by the front end's impl selection today).
pub struct __ByRef<I> {
    iter: &mut I,
}

impl<I: Iterator> Iterator for __ByRef<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        self.iter.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }

    fn __trusted_len(&self) -> bool {
        self.iter.__trusted_len()
    }
}

/// `None::<T>` (the front end ignores a turbofish on an enum variant today).
fn __none<T>() -> Option<T> {
    None
}

fn __sat_add(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        usize::MAX
    } else {
        a + b
    }
}

fn __sat_sub(a: usize, b: usize) -> usize {
    if a < b { 0 } else { a - b }
}

fn __checked_add(a: Option<usize>, b: Option<usize>) -> Option<usize> {
    match (a, b) {
        (Some(x), Some(y)) => {
            if x > usize::MAX - y {
                None
            } else {
                Some(x + y)
            }
        }
        _ => None,
    }
}

fn __min(a: usize, b: usize) -> usize {
    if a < b { a } else { b }
}

pub trait Step {
    fn forward(x: Self) -> Self;
    fn backward(x: Self) -> Self;
    /// The number of steps from `start` to `end`: `(0, None)` when `start > end`, no upper
    /// bound when it does not fit in a usize.
    fn steps_between(start: &Self, end: &Self) -> (usize, Option<usize>);
    fn __random_access() -> bool;
}

/// `Step` for an unsigned integer no wider than `usize` (core's `step_integer_impls!`, 64-bit
/// target): the difference fits in `usize`.
macro_rules! step_impl_narrow_unsigned {
    ($t:ident) => {
        impl Step for $t {
            fn forward(x: $t) -> $t {
                x + 1
            }
            fn backward(x: $t) -> $t {
                x - 1
            }
            fn steps_between(start: &$t, end: &$t) -> (usize, Option<usize>) {
                if *start <= *end {
                    let steps = (*end - *start) as usize;
                    (steps, Some(steps))
                } else {
                    (0, None)
                }
            }
            fn __random_access() -> bool {
                true
            }
        }
    };
}

/// `Step` for a signed integer no wider than `isize`: the difference, computed in `isize`
/// (wrapping), fits in `usize`.
macro_rules! step_impl_narrow_signed {
    ($t:ident) => {
        impl Step for $t {
            fn forward(x: $t) -> $t {
                x + 1
            }
            fn backward(x: $t) -> $t {
                x - 1
            }
            fn steps_between(start: &$t, end: &$t) -> (usize, Option<usize>) {
                if *start <= *end {
                    let steps = (*end as isize).wrapping_sub(*start as isize) as usize;
                    (steps, Some(steps))
                } else {
                    (0, None)
                }
            }
            fn __random_access() -> bool {
                true
            }
        }
    };
}

/// `Step` for an unsigned integer wider than `usize`.
macro_rules! step_impl_wide_unsigned {
    ($t:ident) => {
        impl Step for $t {
            fn forward(x: $t) -> $t {
                x + 1
            }
            fn backward(x: $t) -> $t {
                x - 1
            }
            fn steps_between(start: &$t, end: &$t) -> (usize, Option<usize>) {
                if *start <= *end {
                    let d = *end - *start;
                    if d <= usize::MAX as $t {
                        (d as usize, Some(d as usize))
                    } else {
                        (usize::MAX, None)
                    }
                } else {
                    (0, None)
                }
            }
            fn __random_access() -> bool {
                false
            }
        }
    };
}

/// `Step` for a signed integer wider than `isize`.
macro_rules! step_impl_wide_signed {
    ($t:ident) => {
        impl Step for $t {
            fn forward(x: $t) -> $t {
                x + 1
            }
            fn backward(x: $t) -> $t {
                x - 1
            }
            fn steps_between(start: &$t, end: &$t) -> (usize, Option<usize>) {
                if *start <= *end {
                    let d = match end.checked_sub(*start) {
                        Some(d) => d,
                        None => return (usize::MAX, None),
                    };
                    if d <= usize::MAX as $t {
                        (d as usize, Some(d as usize))
                    } else {
                        (usize::MAX, None)
                    }
                } else {
                    (0, None)
                }
            }
            fn __random_access() -> bool {
                false
            }
        }
    };
}

step_impl_narrow_signed!(i8);
step_impl_narrow_signed!(i16);
step_impl_narrow_signed!(i32);
step_impl_narrow_signed!(i64);
step_impl_wide_signed!(i128);
step_impl_narrow_signed!(isize);
step_impl_narrow_unsigned!(u8);
step_impl_narrow_unsigned!(u16);
step_impl_narrow_unsigned!(u32);
step_impl_narrow_unsigned!(u64);
step_impl_wide_unsigned!(u128);
step_impl_narrow_unsigned!(usize);
/// core's `Step for char`: the surrogate code points (0xD800..0xE000) are skipped.
impl Step for char {
    fn forward(x: char) -> char {
        let start = x as u32;
        let mut res = start + 1;
        if start < 0xD800 && 0xD800 <= res {
            res += 0x800;
        }
        __char_from_u32(res)
    }

    fn backward(x: char) -> char {
        let start = x as u32;
        let mut res = start - 1;
        if start >= 0xE000 && 0xE000 > res {
            res -= 0x800;
        }
        __char_from_u32(res)
    }

    fn steps_between(start: &char, end: &char) -> (usize, Option<usize>) {
        let (start, end) = (*start as u32, *end as u32);
        if start > end {
            return (0, None);
        }
        let count = end - start;
        let steps = if start < 0xD800 && 0xE000 <= end {
            (count - 0x800) as usize
        } else {
            count as usize
        };
        (steps, Some(steps))
    }

    fn __random_access() -> bool {
        false
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}

impl<A: Step + Copy> Iterator for Range<A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        if __intrinsic_cmp::<A>(&self.start, &self.end) < 0 {
            let n = self.start;
            self.start = A::forward(n);
            Some(n)
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if __intrinsic_cmp::<A>(&self.start, &self.end) < 0 {
            A::steps_between(&self.start, &self.end)
        } else {
            (0, Some(0))
        }
    }

    fn __trusted_len(&self) -> bool {
        true
    }

    fn __random_access(&self) -> bool {
        A::__random_access()
    }
}

impl<A: Step + Copy> DoubleEndedIterator for Range<A> {
    fn next_back(&mut self) -> Option<A> {
        if __intrinsic_cmp::<A>(&self.start, &self.end) < 0 {
            self.end = A::backward(self.end);
            Some(self.end)
        } else {
            None
        }
    }
}

impl<A: Step + Copy> ExactSizeIterator for Range<A> {}

#[derive(Clone)]
pub struct Map<I, F> {
    iter: I,
    f: F,
}

pub struct Scan<I, St, F> {
    iter: I,
    f: F,
    state: St,
}

impl<B, I: Iterator, St, F: FnMut(&mut St, I::Item) -> Option<B>> Iterator for Scan<I, St, F> {
    type Item = B;

    fn next(&mut self) -> Option<B> {
        let a = self.iter.next()?;
        (self.f)(&mut self.state, a)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (_, upper) = self.iter.size_hint();
        (0, upper)
    }
}

impl<B, I: Iterator, F: FnMut(I::Item) -> B> Iterator for Map<I, F> {
    type Item = B;

    fn next(&mut self) -> Option<B> {
        match self.iter.next() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }

    fn __trusted_len(&self) -> bool {
        self.iter.__trusted_len()
    }

    fn __random_access(&self) -> bool {
        self.iter.__random_access()
    }
}

impl<B, I: DoubleEndedIterator, F: FnMut(I::Item) -> B> DoubleEndedIterator for Map<I, F> {
    fn next_back(&mut self) -> Option<B> {
        match self.iter.next_back() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }
}

impl<B, I: ExactSizeIterator, F: FnMut(I::Item) -> B> ExactSizeIterator for Map<I, F> {}

#[derive(Clone)]
pub struct Filter<I, P> {
    iter: I,
    predicate: P,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for Filter<I, P> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next() {
            if (self.predicate)(&x) {
                return Some(x);
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (_, upper) = self.iter.size_hint();
        (0, upper)
    }
}

impl<I: DoubleEndedIterator, P: FnMut(&I::Item) -> bool> DoubleEndedIterator for Filter<I, P> {
    fn next_back(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next_back() {
            if (self.predicate)(&x) {
                return Some(x);
            }
        }
        None
    }
}

#[derive(Clone)]
pub struct FilterMap<I, F> {
    iter: I,
    f: F,
}

impl<B, I: Iterator, F: FnMut(I::Item) -> Option<B>> Iterator for FilterMap<I, F> {
    type Item = B;

    fn next(&mut self) -> Option<B> {
        while let Some(x) = self.iter.next() {
            if let Some(y) = (self.f)(x) {
                return Some(y);
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (_, upper) = self.iter.size_hint();
        (0, upper)
    }
}

impl<B, I: DoubleEndedIterator, F: FnMut(I::Item) -> Option<B>> DoubleEndedIterator
    for FilterMap<I, F>
{
    fn next_back(&mut self) -> Option<B> {
        while let Some(x) = self.iter.next_back() {
            if let Some(y) = (self.f)(x) {
                return Some(y);
            }
        }
        None
    }
}

#[derive(Clone)]
pub struct Enumerate<I> {
    iter: I,
    count: usize,
}

impl<I: Iterator> Iterator for Enumerate<I> {
    type Item = (usize, I::Item);

    fn next(&mut self) -> Option<(usize, I::Item)> {
        match self.iter.next() {
            Some(a) => {
                let i = self.count;
                self.count += 1;
                Some((i, a))
            }
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }

    fn nth(&mut self, n: usize) -> Option<(usize, I::Item)> {
        let a = self.iter.nth(n)?;
        let i = self.count + n;
        self.count = i + 1;
        Some((i, a))
    }

    fn __trusted_len(&self) -> bool {
        self.iter.__trusted_len()
    }

    fn __random_access(&self) -> bool {
        self.iter.__random_access()
    }
}

impl<I: DoubleEndedIterator> DoubleEndedIterator for Enumerate<I> {
    fn next_back(&mut self) -> Option<(usize, I::Item)> {
        let a = self.iter.next_back()?;
        let (len, _) = self.iter.size_hint();
        Some((self.count + len, a))
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Enumerate<I> {}

#[derive(Clone)]
pub struct Zip<A, B> {
    a: A,
    b: B,
}

impl<A: Iterator, B: Iterator> Iterator for Zip<A, B> {
    type Item = (A::Item, B::Item);

    fn next(&mut self) -> Option<(A::Item, B::Item)> {
        let x = self.a.next()?;
        let y = self.b.next()?;
        Some((x, y))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (a_lower, a_upper) = self.a.size_hint();
        let (b_lower, b_upper) = self.b.size_hint();
        let lower = __min(a_lower, b_lower);
        let upper = match (a_upper, b_upper) {
            (Some(x), Some(y)) => Some(__min(x, y)),
            (Some(x), None) => Some(x),
            (None, Some(y)) => Some(y),
            (None, None) => None,
        };
        (lower, upper)
    }

    fn __trusted_len(&self) -> bool {
        self.a.__trusted_len() && self.b.__trusted_len()
    }

    fn __random_access(&self) -> bool {
        self.a.__random_access() && self.b.__random_access()
    }
}

impl<A: DoubleEndedIterator, B: DoubleEndedIterator> DoubleEndedIterator for Zip<A, B> {
    fn next_back(&mut self) -> Option<(A::Item, B::Item)> {
        let (a_sz, _) = self.a.size_hint();
        let (b_sz, _) = self.b.size_hint();
        if a_sz > b_sz {
            for _ in 0..a_sz - b_sz {
                self.a.next_back();
            }
        } else if b_sz > a_sz {
            for _ in 0..b_sz - a_sz {
                self.b.next_back();
            }
        }
        match self.a.next_back() {
            Some(x) => match self.b.next_back() {
                Some(y) => Some((x, y)),
                None => None,
            },
            None => None,
        }
    }
}

impl<A: ExactSizeIterator, B: ExactSizeIterator> ExactSizeIterator for Zip<A, B> {}

#[derive(Clone)]
pub struct Chain<A, B> {
    a: Option<A>,
    b: Option<B>,
}

impl<A: Iterator, B: Iterator<Item = A::Item>> Iterator for Chain<A, B> {
    type Item = A::Item;

    fn next(&mut self) -> Option<A::Item> {
        if let Some(a) = &mut self.a {
            match a.next() {
                Some(x) => return Some(x),
                None => self.a = None,
            }
        }
        match &mut self.b {
            Some(b) => b.next(),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match (&self.a, &self.b) {
            (Some(a), Some(b)) => {
                let (a_lower, a_upper) = a.size_hint();
                let (b_lower, b_upper) = b.size_hint();
                (__sat_add(a_lower, b_lower), __checked_add(a_upper, b_upper))
            }
            (Some(a), None) => a.size_hint(),
            (None, Some(b)) => b.size_hint(),
            (None, None) => (0, Some(0)),
        }
    }

    fn __trusted_len(&self) -> bool {
        let a = match &self.a {
            Some(a) => a.__trusted_len(),
            None => true,
        };
        let b = match &self.b {
            Some(b) => b.__trusted_len(),
            None => true,
        };
        a && b
    }
}

impl<A: DoubleEndedIterator, B: DoubleEndedIterator<Item = A::Item>> DoubleEndedIterator
    for Chain<A, B>
{
    fn next_back(&mut self) -> Option<A::Item> {
        if let Some(b) = &mut self.b {
            match b.next_back() {
                Some(x) => return Some(x),
                None => self.b = None,
            }
        }
        match &mut self.a {
            Some(a) => a.next_back(),
            None => None,
        }
    }
}

#[derive(Clone)]
pub struct Rev<I> {
    iter: I,
}

impl<I: DoubleEndedIterator> Iterator for Rev<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        self.iter.next_back()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }

    fn nth(&mut self, n: usize) -> Option<I::Item> {
        self.iter.nth_back(n)
    }

    fn __trusted_len(&self) -> bool {
        self.iter.__trusted_len()
    }
}

impl<I: DoubleEndedIterator> DoubleEndedIterator for Rev<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        self.iter.next()
    }

    fn nth_back(&mut self, n: usize) -> Option<I::Item> {
        self.iter.nth(n)
    }
}

impl<I: ExactSizeIterator + DoubleEndedIterator> ExactSizeIterator for Rev<I> {}

#[derive(Clone)]
pub struct Take<I> {
    iter: I,
    n: usize,
}

impl<I: Iterator> Iterator for Take<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        if self.n != 0 {
            self.n -= 1;
            self.iter.next()
        } else {
            None
        }
    }

    fn nth(&mut self, n: usize) -> Option<I::Item> {
        if self.n > n {
            self.n -= n + 1;
            self.iter.nth(n)
        } else {
            if self.n > 0 {
                self.iter.nth(self.n - 1);
                self.n = 0;
            }
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.n == 0 {
            return (0, Some(0));
        }
        let (lower, upper) = self.iter.size_hint();
        let lower = __min(lower, self.n);
        let upper = match upper {
            Some(x) => {
                if x < self.n {
                    Some(x)
                } else {
                    Some(self.n)
                }
            }
            None => Some(self.n),
        };
        (lower, upper)
    }

    fn __trusted_len(&self) -> bool {
        self.iter.__trusted_len()
    }
}

impl<I: DoubleEndedIterator> DoubleEndedIterator for Take<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        if self.n == 0 {
            None
        } else {
            let n = self.n;
            self.n -= 1;
            let (len, _) = self.iter.size_hint();
            self.iter.nth_back(__sat_sub(len, n))
        }
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Take<I> {}

#[derive(Clone)]
pub struct Skip<I> {
    iter: I,
    n: usize,
}

impl<I: Iterator> Iterator for Skip<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        if self.n > 0 {
            let n = self.n;
            self.n = 0;
            self.iter.nth(n)
        } else {
            self.iter.next()
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (lower, upper) = self.iter.size_hint();
        let lower = __sat_sub(lower, self.n);
        let upper = match upper {
            Some(x) => Some(__sat_sub(x, self.n)),
            None => None,
        };
        (lower, upper)
    }

    fn __trusted_len(&self) -> bool {
        self.iter.__random_access()
    }

    fn __random_access(&self) -> bool {
        self.iter.__random_access()
    }
}

impl<I: DoubleEndedIterator> DoubleEndedIterator for Skip<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        let (len, _) = self.size_hint();
        if len > 0 { self.iter.next_back() } else { None }
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Skip<I> {}

#[derive(Clone)]
pub struct TakeWhile<I, P> {
    iter: I,
    flag: bool,
    predicate: P,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for TakeWhile<I, P> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        if self.flag {
            None
        } else {
            let x = self.iter.next()?;
            if (self.predicate)(&x) {
                Some(x)
            } else {
                self.flag = true;
                None
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.flag {
            (0, Some(0))
        } else {
            let (_, upper) = self.iter.size_hint();
            (0, upper)
        }
    }
}

#[derive(Clone)]
pub struct SkipWhile<I, P> {
    iter: I,
    flag: bool,
    predicate: P,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for SkipWhile<I, P> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next() {
            if self.flag || !(self.predicate)(&x) {
                self.flag = true;
                return Some(x);
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (_, upper) = self.iter.size_hint();
        (0, upper)
    }
}

#[derive(Clone)]
pub struct StepBy<I> {
    iter: I,
    step_minus_one: usize,
    first_take: bool,
}

impl<I: Iterator> Iterator for StepBy<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        let step_size = if self.first_take {
            0
        } else {
            self.step_minus_one
        };
        self.first_take = false;
        self.iter.nth(step_size)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (low, high) = self.iter.size_hint();
        let step = self.step_minus_one;
        if self.first_take {
            let f = |n: usize| if n == 0 { 0 } else { 1 + (n - 1) / (step + 1) };
            (
                f(low),
                match high {
                    Some(h) => Some(f(h)),
                    None => None,
                },
            )
        } else {
            let f = |n: usize| n / (step + 1);
            (
                f(low),
                match high {
                    Some(h) => Some(f(h)),
                    None => None,
                },
            )
        }
    }

    fn __trusted_len(&self) -> bool {
        self.iter.__random_access()
    }
}

impl<I: DoubleEndedIterator> DoubleEndedIterator for StepBy<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        let (len, _) = self.iter.size_hint();
        let rem = len % (self.step_minus_one + 1);
        let n = if self.first_take {
            if rem == 0 {
                self.step_minus_one
            } else {
                rem - 1
            }
        } else {
            rem
        };
        self.iter.nth_back(n)
    }
}

/// std's `Peekable<I>`; the item type is a second parameter (the front end cannot name
/// `I::Item` in a struct field yet).
#[derive(Clone)]
pub struct Peekable<I, A> {
    iter: I,
    peeked: Option<Option<A>>,
}

impl<I: Iterator<Item = A>, A> Iterator for Peekable<I, A> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        match self.peeked.take() {
            Some(v) => v,
            None => self.iter.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let peek_len = match &self.peeked {
            Some(None) => return (0, Some(0)),
            Some(Some(_)) => 1,
            None => 0,
        };
        let (lo, hi) = self.iter.size_hint();
        (__sat_add(lo, peek_len), __checked_add(hi, Some(peek_len)))
    }

    fn __trusted_len(&self) -> bool {
        self.iter.__trusted_len()
    }
}

impl<I: Iterator<Item = A>, A> Peekable<I, A> {
    pub fn peek(&mut self) -> Option<&I::Item> {
        if self.peeked.is_none() {
            self.peeked = Some(self.iter.next());
        }
        match &self.peeked {
            Some(Some(v)) => Some(v),
            _ => None,
        }
    }

    pub fn peek_mut(&mut self) -> Option<&mut I::Item> {
        if self.peeked.is_none() {
            self.peeked = Some(self.iter.next());
        }
        match &mut self.peeked {
            Some(Some(v)) => Some(v),
            _ => None,
        }
    }

    pub fn next_if<F: FnOnce(&I::Item) -> bool>(&mut self, func: F) -> Option<I::Item> {
        let next = match self.peeked.take() {
            Some(v) => v,
            None => self.iter.next(),
        };
        match next {
            Some(matched) => {
                if func(&matched) {
                    Some(matched)
                } else {
                    self.peeked = Some(Some(matched));
                    None
                }
            }
            None => {
                self.peeked = Some(None);
                None
            }
        }
    }
}

#[derive(Clone)]
pub struct FlatMap<I, U, F> {
    iter: I,
    f: F,
    done: bool,
    front: Option<U>,
    back: Option<U>,
}

impl<I: Iterator, U: Iterator, X: IntoIterator<IntoIter = U>, F: FnMut(I::Item) -> X> Iterator
    for FlatMap<I, U, F>
{
    type Item = U::Item;

    fn next(&mut self) -> Option<U::Item> {
        loop {
            if let Some(inner) = &mut self.front {
                match inner.next() {
                    Some(x) => return Some(x),
                    None => self.front = None,
                }
            }
            let next = if self.done { None } else { self.iter.next() };
            match next {
                None => {
                    self.done = true;
                    return match &mut self.back {
                        Some(inner) => {
                            let x = inner.next();
                            if x.is_none() {
                                self.back = None;
                            }
                            x
                        }
                        None => None,
                    };
                }
                Some(x) => self.front = Some((self.f)(x).into_iter()),
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (flo, fhi) = match &self.front {
            Some(inner) => inner.size_hint(),
            None => (0, Some(0)),
        };
        let (blo, bhi) = match &self.back {
            Some(inner) => inner.size_hint(),
            None => (0, Some(0)),
        };
        let lo = __sat_add(flo, blo);
        let outer_empty = if self.done {
            true
        } else {
            match self.iter.size_hint() {
                (0, Some(0)) => true,
                _ => false,
            }
        };
        if outer_empty {
            (lo, __checked_add(fhi, bhi))
        } else {
            (lo, None)
        }
    }
}

#[derive(Clone)]
pub struct Cycle<I> {
    orig: I,
    iter: I,
}

impl<I: Iterator + Clone> Iterator for Cycle<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        match self.iter.next() {
            None => {
                self.iter = self.orig.clone();
                self.iter.next()
            }
            y => y,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self.orig.size_hint() {
            (0, Some(0)) => (0, Some(0)),
            (0, _) => (0, None),
            _ => (usize::MAX, None),
        }
    }
}

#[derive(Clone)]
pub struct Inspect<I, F> {
    iter: I,
    f: F,
}

impl<I: Iterator, F: FnMut(&I::Item)> Iterator for Inspect<I, F> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        let x = self.iter.next()?;
        (self.f)(&x);
        Some(x)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<I: DoubleEndedIterator, F: FnMut(&I::Item)> DoubleEndedIterator for Inspect<I, F> {
    fn next_back(&mut self) -> Option<I::Item> {
        let x = self.iter.next_back()?;
        (self.f)(&x);
        Some(x)
    }
}

/// A reference's pointee: what `copied` and `cloned` yield for an item `&T`.
pub trait __Deref {
    type Target;
    fn __copy(&self) -> Self::Target;
    fn __clone(&self) -> Self::Target;
}

impl<T> __Deref for &T {
    type Target = T;

    fn __copy(&self) -> T {
        **self
    }

    fn __clone(&self) -> T {
        __intrinsic_clone::<T, T>(*self)
    }
}

impl<T> __Deref for &mut T {
    type Target = T;

    fn __copy(&self) -> T {
        **self
    }

    fn __clone(&self) -> T {
        __intrinsic_clone::<T, T>(*self)
    }
}

/// std's `Cloned<I>` and `Copied<I>`, which differ only in how they take an item (`$take`:
/// `__clone` or `__copy`); the item type is a second parameter (the front end cannot yet infer
/// an impl parameter bound only through `I: Iterator<Item = &T>`).
macro_rules! by_value_adapter {
    ($name:ident, $take:ident) => {
        #[derive(Clone)]
        pub struct $name<I, R> {
            iter: I,
            witness: Option<R>,
        }

        impl<I: Iterator<Item = R>, R: __Deref> Iterator for $name<I, R> {
            type Item = R::Target;

            fn next(&mut self) -> Option<R::Target> {
                match self.iter.next() {
                    Some(x) => Some(x.$take()),
                    None => None,
                }
            }

            fn size_hint(&self) -> (usize, Option<usize>) {
                self.iter.size_hint()
            }

            fn __trusted_len(&self) -> bool {
                self.iter.__trusted_len()
            }

            fn __random_access(&self) -> bool {
                self.iter.__random_access()
            }
        }

        impl<I: DoubleEndedIterator<Item = R>, R: __Deref> DoubleEndedIterator for $name<I, R> {
            fn next_back(&mut self) -> Option<R::Target> {
                match self.iter.next_back() {
                    Some(x) => Some(x.$take()),
                    None => None,
                }
            }
        }

        impl<I: ExactSizeIterator<Item = R>, R: __Deref> ExactSizeIterator for $name<I, R> {}
    };
}

by_value_adapter!(Cloned, __clone);
by_value_adapter!(Copied, __copy);

#[derive(Clone)]
pub struct Iter<T> {
    slice: &[T],
    start: usize,
    end: usize,
}

impl<T> Iterator for Iter<T> {
    type Item = &T;

    fn next(&mut self) -> Option<&T> {
        if self.start < self.end {
            self.start += 1;
            Some(&self.slice[self.start - 1])
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.start;
        (n, Some(n))
    }

    fn nth(&mut self, n: usize) -> Option<&T> {
        if n >= self.end - self.start {
            self.start = self.end;
            None
        } else {
            self.start += n + 1;
            Some(&self.slice[self.start - 1])
        }
    }

    fn __trusted_len(&self) -> bool {
        true
    }

    fn __random_access(&self) -> bool {
        true
    }
}

impl<T> DoubleEndedIterator for Iter<T> {
    fn next_back(&mut self) -> Option<&T> {
        if self.start < self.end {
            self.end -= 1;
            Some(&self.slice[self.end])
        } else {
            None
        }
    }

    fn nth_back(&mut self, n: usize) -> Option<&T> {
        if n >= self.end - self.start {
            self.end = self.start;
            None
        } else {
            self.end -= n + 1;
            Some(&self.slice[self.end])
        }
    }
}

impl<T> ExactSizeIterator for Iter<T> {}

impl<T> Iter<T> {
    pub fn as_slice(&self) -> &[T] {
        &self.slice[self.start..self.end]
    }
}

impl<T> [T] {
    pub fn iter(&self) -> Iter<T> {
        Iter {
            slice: self,
            start: 0,
            end: self.len(),
        }
    }
}

impl<T> IntoIterator for &Vec<T> {
    type Item = &T;
    type IntoIter = Iter<T>;

    fn into_iter(self) -> Iter<T> {
        self.iter()
    }
}

impl<T> IntoIterator for &[T] {
    type Item = &T;
    type IntoIter = Iter<T>;

    fn into_iter(self) -> Iter<T> {
        Iter {
            slice: self,
            start: 0,
            end: self.len(),
        }
    }
}

pub trait Sum<A> {
    fn __sum<I: Iterator<Item = A>>(iter: I, witness: Option<A>) -> Self;
}

pub trait Product<A> {
    fn __product<I: Iterator<Item = A>>(iter: I, witness: Option<A>) -> Self;
}

/// `Sum` and `Product` of a number type's values and of references to them (core's
/// `integer_sum_product!` and `float_sum_product!`).
macro_rules! sum_product_impls {
    ($t:ident, $zero:literal, $one:literal) => {
        impl Sum<$t> for $t {
            fn __sum<I: Iterator<Item = $t>>(iter: I, witness: Option<$t>) -> $t {
                iter.fold($zero, |a, b| a + b)
            }
        }

        impl Product<$t> for $t {
            fn __product<I: Iterator<Item = $t>>(iter: I, witness: Option<$t>) -> $t {
                iter.fold($one, |a, b| a * b)
            }
        }

        impl Sum<&$t> for $t {
            fn __sum<I: Iterator<Item = &$t>>(iter: I, witness: Option<&$t>) -> $t {
                iter.fold($zero, |a, b| a + *b)
            }
        }

        impl Product<&$t> for $t {
            fn __product<I: Iterator<Item = &$t>>(iter: I, witness: Option<&$t>) -> $t {
                iter.fold($one, |a, b| a * *b)
            }
        }
    };
}

sum_product_impls!(i8, 0, 1);
sum_product_impls!(i16, 0, 1);
sum_product_impls!(i32, 0, 1);
sum_product_impls!(i64, 0, 1);
sum_product_impls!(i128, 0, 1);
sum_product_impls!(isize, 0, 1);
sum_product_impls!(u8, 0, 1);
sum_product_impls!(u16, 0, 1);
sum_product_impls!(u32, 0, 1);
sum_product_impls!(u64, 0, 1);
sum_product_impls!(u128, 0, 1);
sum_product_impls!(usize, 0, 1);
sum_product_impls!(f32, -0.0, 1.0);
sum_product_impls!(f64, -0.0, 1.0);

pub trait FromIterator<A> {
    fn __from_iter<I: Iterator<Item = A>>(iter: I, witness: Option<A>) -> Self;
}

impl<T> FromIterator<T> for Vec<T> {
    fn __from_iter<I: Iterator<Item = T>>(mut iter: I, witness: Option<T>) -> Vec<T> {
        if iter.__trusted_len() {
            let (_, upper) = iter.size_hint();
            let mut v = match upper {
                Some(n) => Vec::with_capacity(n),
                None => panic!("capacity overflow"),
            };
            while let Some(x) = iter.next() {
                v.push(x);
            }
            return v;
        }
        let first = match iter.next() {
            Some(x) => x,
            None => return Vec::new(),
        };
        let (lower, _) = iter.size_hint();
        let mut v = Vec::new();
        v.reserve(__sat_add(lower, 1));
        v.push(first);
        while let Some(x) = iter.next() {
            if v.len() == v.capacity() {
                let (lower, _) = iter.size_hint();
                v.reserve(__sat_add(lower, 1));
            }
            v.push(x);
        }
        v
    }
}

impl FromIterator<char> for String {
    fn __from_iter<I: Iterator<Item = char>>(mut iter: I, witness: Option<char>) -> String {
        let mut s = String::new();
        let (lower, _) = iter.size_hint();
        __intrinsic_vec_reserve::<u8>(&mut s.vec, lower);
        while let Some(c) = iter.next() {
            s.push(c);
        }
        s
    }
}

impl FromIterator<&char> for String {
    fn __from_iter<I: Iterator<Item = &char>>(mut iter: I, witness: Option<&char>) -> String {
        let mut s = String::new();
        let (lower, _) = iter.size_hint();
        __intrinsic_vec_reserve::<u8>(&mut s.vec, lower);
        while let Some(c) = iter.next() {
            s.push(*c);
        }
        s
    }
}

impl FromIterator<&str> for String {
    fn __from_iter<I: Iterator<Item = &str>>(mut iter: I, witness: Option<&str>) -> String {
        let mut s = String::new();
        while let Some(x) = iter.next() {
            s.push_str(x);
        }
        s
    }
}

impl FromIterator<String> for String {
    fn __from_iter<I: Iterator<Item = String>>(mut iter: I, witness: Option<String>) -> String {
        match iter.next() {
            None => String::new(),
            Some(mut s) => {
                while let Some(x) = iter.next() {
                    s.push_str(&x);
                }
                s
            }
        }
    }
}

pub trait Extend<A> {
    fn extend<I: IntoIterator<Item = A>>(&mut self, iter: I);

    fn extend_one(&mut self, item: A) {
        self.extend(Some(item));
    }

    fn extend_reserve(&mut self, additional: usize) {}
}

/// What `unzip` collects into: std's `(FromA, FromB)` with `Default + Extend` (the pair is one
/// parameter here, as the front end has no `where Self: Iterator<Item = (A, B)>`).
pub trait __Unzip<T> {
    fn __unzip<I: Iterator<Item = T>>(iter: I, witness: Option<T>) -> Self;
}

/// core's `default_extend` for a pair: both sides reserve the lower size hint, then take the
/// items one `extend_one` at a time.
impl<A, B, FromA: Default + Extend<A>, FromB: Default + Extend<B>> __Unzip<(A, B)>
    for (FromA, FromB)
{
    fn __unzip<I: Iterator<Item = (A, B)>>(mut iter: I, witness: Option<(A, B)>) -> (FromA, FromB) {
        let mut a: FromA = Default::default();
        let mut b: FromB = Default::default();
        let (lower, _) = iter.size_hint();
        if lower > 0 {
            a.extend_reserve(lower);
            b.extend_reserve(lower);
        }
        while let Some((x, y)) = iter.next() {
            a.extend_one(x);
            b.extend_one(y);
        }
        (a, b)
    }
}

/// std's `extend_trusted` and `extend_desugared`: a `TrustedLen` iterator's exact length is
/// reserved once; from any other the Vec grows while pushing, by the lower size hint plus one.
fn __vec_extend<T, I: Iterator<Item = T>>(v: &mut Vec<T>, mut iterator: I) {
    if iterator.__trusted_len() {
        let (_, high) = iterator.size_hint();
        match high {
            Some(additional) => v.reserve(additional),
            None => panic!("capacity overflow"),
        }
        while let Some(element) = iterator.next() {
            v.push(element);
        }
        return;
    }
    while let Some(element) = iterator.next() {
        if v.len() == v.capacity() {
            let (lower, _) = iterator.size_hint();
            v.reserve(__sat_add(lower, 1));
        }
        v.push(element);
    }
}

impl<T> Extend<T> for Vec<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        __vec_extend(self, iter.into_iter())
    }

    fn extend_one(&mut self, item: T) {
        self.push(item);
    }

    fn extend_reserve(&mut self, additional: usize) {
        self.reserve(additional);
    }
}

impl<T: Copy> Extend<&T> for Vec<T> {
    fn extend<I: IntoIterator<Item = &T>>(&mut self, iter: I) {
        __vec_extend(self, iter.into_iter().copied())
    }

    fn extend_one(&mut self, item: &T) {
        self.push(*item);
    }

    fn extend_reserve(&mut self, additional: usize) {
        self.reserve(additional);
    }
}

/// String's extends; the items are named by each helper's `Iterator<Item = ..>` bound (the
/// front end does not know that `IntoIterator::IntoIter` yields `IntoIterator::Item`).
fn __string_extend_chars<I: Iterator<Item = char>>(s: &mut String, mut iterator: I) {
    let (lower, _) = iterator.size_hint();
    __intrinsic_vec_reserve::<u8>(&mut s.vec, lower);
    while let Some(c) = iterator.next() {
        s.push(c);
    }
}

fn __string_extend_strs<I: Iterator<Item = &str>>(s: &mut String, mut iterator: I) {
    while let Some(piece) = iterator.next() {
        s.push_str(piece);
    }
}

fn __string_extend_strings<I: Iterator<Item = String>>(s: &mut String, mut iterator: I) {
    while let Some(piece) = iterator.next() {
        s.push_str(&piece);
    }
}

impl Extend<char> for String {
    fn extend<I: IntoIterator<Item = char>>(&mut self, iter: I) {
        __string_extend_chars(self, iter.into_iter())
    }

    fn extend_one(&mut self, c: char) {
        self.push(c);
    }

    fn extend_reserve(&mut self, additional: usize) {
        __intrinsic_vec_reserve::<u8>(&mut self.vec, additional);
    }
}

impl Extend<&char> for String {
    fn extend<I: IntoIterator<Item = &char>>(&mut self, iter: I) {
        __string_extend_chars(self, iter.into_iter().copied())
    }
}

impl Extend<&str> for String {
    fn extend<I: IntoIterator<Item = &str>>(&mut self, iter: I) {
        __string_extend_strs(self, iter.into_iter())
    }

    fn extend_one(&mut self, s: &str) {
        self.push_str(s);
    }
}

impl Extend<String> for String {
    fn extend<I: IntoIterator<Item = String>>(&mut self, iter: I) {
        __string_extend_strings(self, iter.into_iter())
    }
}

pub struct __OptionShunt<I, A> {
    iter: I,
    failed: bool,
    witness: Option<A>,
}

impl<A, I: Iterator<Item = Option<A>>> Iterator for __OptionShunt<I, A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        if self.failed {
            return None;
        }
        match self.iter.next() {
            Some(Some(x)) => Some(x),
            Some(None) => {
                self.failed = true;
                None
            }
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.failed {
            (0, Some(0))
        } else {
            let (_, upper) = self.iter.size_hint();
            (0, upper)
        }
    }
}

impl<A, V: FromIterator<A>> FromIterator<Option<A>> for Option<V> {
    fn __from_iter<I: Iterator<Item = Option<A>>>(
        iter: I,
        witness: Option<Option<A>>,
    ) -> Option<V> {
        let mut shunt: __OptionShunt<I, A> = __OptionShunt {
            iter: iter,
            failed: false,
            witness: __none::<A>(),
        };
        let v = V::__from_iter(__ByRef { iter: &mut shunt }, __none::<A>());
        if shunt.failed { None } else { Some(v) }
    }
}

pub struct __ResultShunt<I, A, E> {
    iter: I,
    error: Option<E>,
    witness: Option<A>,
}

impl<A, E, I: Iterator<Item = Result<A, E>>> Iterator for __ResultShunt<I, A, E> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        if self.error.is_some() {
            return None;
        }
        match self.iter.next() {
            Some(Ok(x)) => Some(x),
            Some(Err(e)) => {
                self.error = Some(e);
                None
            }
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.error.is_some() {
            (0, Some(0))
        } else {
            let (_, upper) = self.iter.size_hint();
            (0, upper)
        }
    }
}

impl<A, E, V: FromIterator<A>> FromIterator<Result<A, E>> for Result<V, E> {
    fn __from_iter<I: Iterator<Item = Result<A, E>>>(
        iter: I,
        witness: Option<Result<A, E>>,
    ) -> Result<V, E> {
        let mut shunt: __ResultShunt<I, A, E> = __ResultShunt {
            iter: iter,
            error: __none::<E>(),
            witness: __none::<A>(),
        };
        let v = V::__from_iter(__ByRef { iter: &mut shunt }, __none::<A>());
        match shunt.error {
            Some(e) => Err(e),
            None => Ok(v),
        }
    }
}
