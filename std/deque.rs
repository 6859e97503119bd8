//! `VecDeque`: a ring buffer in a RawVec, `{ head, len, buf }` as alloc's vec_deque writes it.
//! It grows as RawVec grows (capacity doubled, at least 4 elements, 8 of a byte), by realloc, then
//! moves the part that wrapped as `handle_capacity_increase` does, so the view shows the
//! elements where the real program has them.

fn __intrinsic_realloc<T>(ptr: *mut T, new_n: usize) -> *mut T {
    unreachable!()
}

pub struct VecDeque<T> {
    head: usize,
    len: usize,
    buf: RawVec<T>,
}

impl<T> VecDeque<T> {
    pub fn new() -> VecDeque<T> {
        VecDeque {
            head: 0,
            len: 0,
            buf: RawVec {
                ptr: __intrinsic_alloc::<T>(0),
                cap: 0,
            },
        }
    }

    pub fn with_capacity(capacity: usize) -> VecDeque<T> {
        VecDeque {
            head: 0,
            len: 0,
            buf: RawVec {
                ptr: __intrinsic_alloc::<T>(capacity),
                cap: capacity,
            },
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.buf.cap
    }

    fn __slot(&self, i: usize) -> *mut T {
        let mut at = self.head + i;
        if at >= self.buf.cap {
            at -= self.buf.cap;
        }
        __intrinsic_ptr_offset::<T>(self.buf.ptr, at)
    }

    fn __grow(&mut self) {
        let old_cap = self.buf.cap;
        let size = size_of::<T>();
        let min = if size == 1 {
            8
        } else if size <= 1024 {
            4
        } else {
            1
        };
        let mut cap = old_cap * 2;
        if cap < min {
            cap = min;
        }
        if old_cap == 0 {
            self.buf.ptr = __intrinsic_alloc::<T>(cap);
        } else {
            self.buf.ptr = __intrinsic_realloc::<T>(self.buf.ptr, cap);
        }
        self.buf.cap = cap;
        // handle_capacity_increase: a wrapped tail moves after the old end when it is the shorter part.
        if self.head > old_cap - self.len {
            let head_len = old_cap - self.head;
            let tail_len = self.len - head_len;
            if tail_len < head_len && tail_len <= cap - old_cap {
                let mut i = 0;
                while i < tail_len {
                    let from = __intrinsic_ptr_offset::<T>(self.buf.ptr, i);
                    let to = __intrinsic_ptr_offset::<T>(self.buf.ptr, old_cap + i);
                    *to = *from;
                    i += 1;
                }
            } else {
                let new_head = cap - head_len;
                let mut i = head_len;
                while i > 0 {
                    i -= 1;
                    let from = __intrinsic_ptr_offset::<T>(self.buf.ptr, self.head + i);
                    let to = __intrinsic_ptr_offset::<T>(self.buf.ptr, new_head + i);
                    *to = *from;
                }
                self.head = new_head;
            }
        }
    }

    pub fn push_back(&mut self, value: T) {
        if self.len == self.buf.cap {
            self.__grow();
        }
        let slot = self.__slot(self.len);
        *slot = value;
        self.len += 1;
    }

    pub fn push_front(&mut self, value: T) {
        if self.len == self.buf.cap {
            self.__grow();
        }
        self.head = if self.head == 0 {
            self.buf.cap - 1
        } else {
            self.head - 1
        };
        let slot = __intrinsic_ptr_offset::<T>(self.buf.ptr, self.head);
        *slot = value;
        self.len += 1;
    }

    pub fn pop_front(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let slot = __intrinsic_ptr_offset::<T>(self.buf.ptr, self.head);
        self.head += 1;
        if self.head >= self.buf.cap {
            self.head -= self.buf.cap;
        }
        self.len -= 1;
        Some(*slot)
    }

    pub fn pop_back(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        let slot = self.__slot(self.len);
        Some(*slot)
    }

    pub fn front(&self) -> Option<&T> {
        self.get(0)
    }

    pub fn back(&self) -> Option<&T> {
        if self.len == 0 {
            None
        } else {
            self.get(self.len - 1)
        }
    }

    pub fn front_mut(&mut self) -> Option<&mut T> {
        self.get_mut(0)
    }

    pub fn back_mut(&mut self) -> Option<&mut T> {
        if self.len == 0 {
            None
        } else {
            self.get_mut(self.len - 1)
        }
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len {
            Some(&*self.__slot(index))
        } else {
            None
        }
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index < self.len {
            Some(&mut *self.__slot(index))
        } else {
            None
        }
    }

    pub fn clear(&mut self) {
        while self.len > 0 {
            self.pop_back();
        }
        self.head = 0;
    }

    /// std moves the elements from `at` on into a VecDeque of exactly their number, at its start.
    pub fn split_off(&mut self, at: usize) -> VecDeque<T> {
        let len = self.len;
        assert!(at <= len, "`at` out of bounds");
        let other_len = len - at;
        let mut other = VecDeque::with_capacity(other_len);
        let mut i = at;
        while i < len {
            *__intrinsic_ptr_offset::<T>(other.buf.ptr, i - at) = *self.__slot(i);
            i += 1;
        }
        self.len = at;
        other.len = other_len;
        other
    }

    pub fn iter(&self) -> DequeIter<T> {
        DequeIter {
            deque: self,
            front: 0,
            back: self.len,
        }
    }
}

impl<T: PartialEq> VecDeque<T> {
    pub fn contains(&self, x: &T) -> bool {
        let mut i = 0;
        while i < self.len {
            if *self.__slot(i) == *x {
                return true;
            }
            i += 1;
        }
        false
    }
}

impl<T> Drop for VecDeque<T> {
    fn drop(&mut self) {
        while self.len > 0 {
            let x = self.pop_front();
            drop(x);
        }
        if self.buf.cap > 0 {
            __intrinsic_dealloc::<T>(self.buf.ptr);
        }
    }
}

impl<T> Index<usize> for VecDeque<T> {
    type Output = T;

    fn index(&self, index: usize) -> &T {
        match self.get(index) {
            Some(x) => x,
            // std's `expect` panics inside vec_deque's own code, at a location stackheap lacks.
            None => {
                __intrinsic_unsupported(
                    "an out-of-bounds VecDeque index (std panics inside its own code)",
                );
                unreachable!()
            }
        }
    }
}

impl<T> IndexMut<usize> for VecDeque<T> {
    fn index_mut(&mut self, index: usize) -> &mut T {
        match self.get_mut(index) {
            Some(x) => x,
            None => {
                __intrinsic_unsupported(
                    "an out-of-bounds VecDeque index (std panics inside its own code)",
                );
                unreachable!()
            }
        }
    }
}

pub struct DequeIter<'a, T> {
    deque: &'a VecDeque<T>,
    front: usize,
    back: usize,
}

impl<'a, T> Iterator for DequeIter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        if self.front < self.back {
            self.front += 1;
            Some(&*self.deque.__slot(self.front - 1))
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for DequeIter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        if self.front < self.back {
            self.back -= 1;
            Some(&*self.deque.__slot(self.back))
        } else {
            None
        }
    }
}

impl<'a, T> ExactSizeIterator for DequeIter<'a, T> {}

impl<'a, T> IntoIterator for &'a VecDeque<T> {
    type Item = &'a T;
    type IntoIter = DequeIter<'a, T>;

    fn into_iter(self) -> DequeIter<'a, T> {
        self.iter()
    }
}

impl<T> VecDeque<T> {
    pub fn iter_mut(&mut self) -> DequeIterMut<T> {
        let back = self.len;
        DequeIterMut {
            deque: self,
            front: 0,
            back,
        }
    }
}

pub struct DequeIterMut<'a, T> {
    deque: &'a mut VecDeque<T>,
    front: usize,
    back: usize,
}

impl<'a, T> Iterator for DequeIterMut<'a, T> {
    type Item = &'a mut T;

    fn next(&mut self) -> Option<&'a mut T> {
        if self.front < self.back {
            self.front += 1;
            Some(&mut *self.deque.__slot(self.front - 1))
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for DequeIterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T> {
        if self.front < self.back {
            self.back -= 1;
            Some(&mut *self.deque.__slot(self.back))
        } else {
            None
        }
    }
}

impl<'a, T> IntoIterator for &'a mut VecDeque<T> {
    type Item = &'a mut T;
    type IntoIter = DequeIterMut<'a, T>;

    fn into_iter(self) -> DequeIterMut<'a, T> {
        self.iter_mut()
    }
}

/// `for x in deque`: std's IntoIter owns the deque and pops from its front (or back).
pub struct DequeIntoIter<T> {
    inner: VecDeque<T>,
}

impl<T> Iterator for DequeIntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.inner.pop_front()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.inner.len, Some(self.inner.len))
    }
}

impl<T> DoubleEndedIterator for DequeIntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        self.inner.pop_back()
    }
}

impl<T> IntoIterator for VecDeque<T> {
    type Item = T;
    type IntoIter = DequeIntoIter<T>;

    fn into_iter(self) -> DequeIntoIter<T> {
        DequeIntoIter { inner: self }
    }
}

/// std's `From<Vec<T>>`: the Vec's buffer becomes the ring, as it is (no allocation).
impl<T> From<Vec<T>> for VecDeque<T> {
    fn from(mut v: Vec<T>) -> VecDeque<T> {
        let deque = VecDeque {
            head: 0,
            len: v.len,
            buf: RawVec {
                ptr: v.buf.ptr,
                cap: v.buf.cap,
            },
        };
        v.buf.ptr = __intrinsic_alloc::<T>(0);
        v.buf.cap = 0;
        v.len = 0;
        deque
    }
}

/// std collects into a Vec, then takes its buffer.
impl<T> FromIterator<T> for VecDeque<T> {
    fn __from_iter<I: Iterator<Item = T>>(iter: I, witness: Option<T>) -> VecDeque<T> {
        let v: Vec<T> = FromIterator::__from_iter(iter, witness);
        VecDeque::from(v)
    }
}

impl<T: Debug> Debug for VecDeque<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.debug_list().entries(self.iter()).finish()
    }
}
