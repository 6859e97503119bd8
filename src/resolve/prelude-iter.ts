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

    fn fold<B, F: FnMut(B, Self::Item) -> B>(mut self, init: B, mut f: F) -> B {
        let mut acc = init;
        while let Some(x) = self.next() {
            acc = f(acc, x);
        }
        acc
    }

    fn for_each<F: FnMut(Self::Item)>(mut self, mut f: F) {
        while let Some(x) = self.next() {
            f(x);
        }
    }

    fn sum<S: Sum<Self::Item>>(self) -> S {
        S::sum(self)
    }

    fn any<F: FnMut(Self::Item) -> bool>(&mut self, mut f: F) -> bool {
        while let Some(x) = self.next() {
            if f(x) {
                return true;
            }
        }
        false
    }

    fn enumerate(self) -> Enumerate<Self> {
        Enumerate { iter: self, count: 0 }
    }
}

pub trait Sum<A> {
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}

impl Sum<i32> for i32 {
    fn sum<I: Iterator<Item = i32>>(iter: I) -> i32 {
        iter.fold(0, |a, b| a + b)
    }
}

impl Sum<&i32> for i32 {
    fn sum<I: Iterator<Item = &i32>>(iter: I) -> i32 {
        iter.fold(0, |a, b| a + *b)
    }
}

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
