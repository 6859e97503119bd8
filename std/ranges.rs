//! The range types besides `Range` (which lives with the iterators).

#[derive(Clone, PartialEq, Eq)]
pub struct RangeInclusive<Idx> {
    start: Idx,
    end: Idx,
    exhausted: bool,
}

impl<Idx> RangeInclusive<Idx> {
    pub fn new(start: Idx, end: Idx) -> RangeInclusive<Idx> {
        RangeInclusive {
            start: start,
            end: end,
            exhausted: false,
        }
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
        (
            lower.saturating_add(1),
            match upper {
                Some(steps) => steps.checked_add(1),
                None => None,
            },
        )
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
        if self.exhausted {
            Bound::Excluded(&self.end)
        } else {
            Bound::Included(&self.end)
        }
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

/// core's `slice::range` (`into_slice_range`): the bounds as `start..end` within `len`.
fn __slice_range<R: RangeBounds<usize>>(range: &R, len: usize) -> (usize, usize) {
    let end = match range.end_bound() {
        Bound::Included(end) => {
            if *end >= len {
                __slice_index_fail()
            } else {
                *end + 1
            }
        }
        Bound::Excluded(end) => {
            if *end > len {
                __slice_index_fail()
            } else {
                *end
            }
        }
        Bound::Unbounded => len,
    };
    let start = match range.start_bound() {
        Bound::Excluded(start) => {
            if *start >= end {
                __slice_index_fail()
            } else {
                *start + 1
            }
        }
        Bound::Included(start) => {
            if *start > end {
                __slice_index_fail()
            } else {
                *start
            }
        }
        Bound::Unbounded => 0,
    };
    (start, end)
}

fn __slice_index_fail() -> usize {
    // core panics in slice/index.rs (its own location), not at the caller.
    __intrinsic_unsupported(
        "a range out of bounds for the slice, whose panic std reports inside core",
    );
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
