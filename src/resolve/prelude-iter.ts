import { INT_KINDS } from '../types/ty.js';

/**
 * The iterator part of the std prelude: the Iterator and IntoIterator traits, ranges, slice and
 * Vec iterators, and the adapters, written in Rust as std writes them (simplified where std's
 * optimisations have no visible effect).
 */
const STEP_IMPLS = INT_KINDS.map(
  (t) => `impl Step for ${t} {
    fn forward(x: ${t}) -> ${t} { x + 1 }
    fn backward(x: ${t}) -> ${t} { x - 1 }
    fn steps_between(start: &${t}, end: &${t}) -> usize { if *start < *end { (*end - *start) as usize } else { 0 } }
}
`,
).join('');

export const PRELUDE_ITER_SOURCE = `
fn __intrinsic_cmp<T>(a: &T, b: &T) -> i8 { unreachable!() }

pub trait Iterator {
    type Item;

    fn next(&mut self) -> Option<Self::Item>;

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, None)
    }

    /// Whether std's \`TrustedLen\` holds (\`collect\` then reserves the upper bound at once).
    fn __trusted_len(&self) -> bool {
        false
    }

    /// Whether std's \`TrustedRandomAccess\` holds (\`Skip\` and \`StepBy\` are then \`TrustedLen\`).
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
        Filter { iter: self, predicate: predicate }
    }

    fn filter_map<B, F: FnMut(Self::Item) -> Option<B>>(self, f: F) -> FilterMap<Self, F> {
        FilterMap { iter: self, f: f }
    }

    fn enumerate(self) -> Enumerate<Self> {
        Enumerate { iter: self, count: 0 }
    }

    fn zip<U: IntoIterator>(self, other: U) -> Zip<Self, U::IntoIter> {
        Zip { a: self, b: other.into_iter() }
    }

    fn chain<U: IntoIterator>(self, other: U) -> Chain<Self, U::IntoIter> {
        Chain { a: Some(self), b: Some(other.into_iter()) }
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

    fn take_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> TakeWhile<Self, P> {
        TakeWhile { iter: self, flag: false, predicate: predicate }
    }

    fn skip_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> SkipWhile<Self, P> {
        SkipWhile { iter: self, flag: false, predicate: predicate }
    }

    fn step_by(self, step: usize) -> StepBy<Self> {
        if step == 0 {
            panic!("assertion failed: step != 0");
        }
        StepBy { iter: self, step_minus_one: step - 1, first_take: true }
    }

    fn peekable(self) -> Peekable<Self> {
        Peekable { iter: self, peeked: None }
    }

    fn flat_map<U: IntoIterator, F: FnMut(Self::Item) -> U>(self, f: F) -> FlatMap<Self, U::IntoIter, F> {
        FlatMap { iter: self, f: f, done: false, front: None, back: None }
    }

    fn flatten(self) -> Flatten<Self, Self::Item> {
        Flatten { iter: self, done: false, front: None, back: None }
    }

    fn inspect<F: FnMut(&Self::Item)>(self, f: F) -> Inspect<Self, F> {
        Inspect { iter: self, f: f }
    }

    fn cloned(self) -> Cloned<Self> {
        Cloned { iter: self }
    }

    fn copied(self) -> Copied<Self> {
        Copied { iter: self }
    }

    fn by_ref(&mut self) -> &mut Self {
        self
    }

    fn fold<B, F: FnMut(B, Self::Item) -> B>(mut self, init: B, mut f: F) -> B {
        let mut acc = init;
        while let Some(x) = self.next() {
            acc = f(acc, x);
        }
        acc
    }

    fn reduce<F: FnMut(Self::Item, Self::Item) -> Self::Item>(mut self, f: F) -> Option<Self::Item> {
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
        S::__sum(self, None::<Self::Item>)
    }

    fn product<P: Product<Self::Item>>(self) -> P {
        P::__product(self, None::<Self::Item>)
    }

    fn collect<B: FromIterator<Self::Item>>(self) -> B {
        B::__from_iter(self, None::<Self::Item>)
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

    fn max_by<F: FnMut(&Self::Item, &Self::Item) -> Ordering>(mut self, mut compare: F) -> Option<Self::Item> {
        let mut best = self.next()?;
        while let Some(x) = self.next() {
            match compare(&best, &x) {
                Ordering::Greater => {}
                _ => best = x,
            }
        }
        Some(best)
    }

    fn min_by<F: FnMut(&Self::Item, &Self::Item) -> Ordering>(mut self, mut compare: F) -> Option<Self::Item> {
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

pub trait Step {
    fn forward(x: Self) -> Self;
    fn backward(x: Self) -> Self;
    fn steps_between(start: &Self, end: &Self) -> usize;
}

${STEP_IMPLS}

#[derive(Clone, PartialEq, Eq, Debug)]
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
        let n = A::steps_between(&self.start, &self.end);
        (n, Some(n))
    }
}

pub struct Map<I, F> {
    iter: I,
    f: F,
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
}

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

pub struct Iter<T> {
    slice: &[T],
    pos: usize,
}

impl<T> Iterator for Iter<T> {
    type Item = &T;

    fn next(&mut self) -> Option<&T> {
        if self.pos < self.slice.len() {
            self.pos += 1;
            Some(&self.slice[self.pos - 1])
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.slice.len() - self.pos;
        (n, Some(n))
    }
}

impl<T> [T] {
    pub fn iter(&self) -> Iter<T> {
        Iter { slice: self, pos: 0 }
    }
}

impl<T> IntoIterator for &Vec<T> {
    type Item = &T;
    type IntoIter = Iter<T>;

    fn into_iter(self) -> Iter<T> {
        Iter { slice: self, pos: 0 }
    }
}

impl<T> IntoIterator for &[T] {
    type Item = &T;
    type IntoIter = Iter<T>;

    fn into_iter(self) -> Iter<T> {
        Iter { slice: self, pos: 0 }
    }
}
`;
