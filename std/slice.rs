//! Slice methods (`impl<T> [T]`), written as core/slice/mod.rs writes them where the difference
//! is visible (binary search's probe order, panic messages). The stable sorts are std's insertion
//! sort up to 20 elements; past that, a merge sort with std's scratch buffer (a heap block of
//! driftsort's length when it exceeds the 4 KiB std keeps on the stack, else still the insertion
//! sort, since the prelude has no stack buffer): any stable sort gives std's result. The unstable
//! sorts are the insertion sort.

fn __intrinsic_eq<T>(a: &T, b: &T) -> bool {
    unreachable!()
}
fn __intrinsic_alloc<T>(n: usize) -> *mut T {
    unreachable!()
}
fn __intrinsic_dealloc<T>(ptr: *mut T) {
    unreachable!()
}
fn __intrinsic_ptr_offset<T>(ptr: *mut T, n: usize) -> *mut T {
    unreachable!()
}

/// `Vec<T>`'s by-value iterator: owns the buffer, moves the elements out one by one (they
/// show as moved), drops the rest and frees the buffer when dropped.
pub struct IntoIter<T> {
    buf: *mut T,
    cap: usize,
    start: usize,
    end: usize,
}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(mut self) -> IntoIter<T> {
        let it = IntoIter {
            buf: self.buf.ptr,
            cap: self.buf.cap,
            start: 0,
            end: self.len,
        };
        self.buf.ptr = __intrinsic_alloc::<T>(0);
        self.buf.cap = 0;
        self.len = 0;
        it
    }
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        __take_front(self.buf, &mut self.start, self.end)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.start;
        (n, Some(n))
    }

    fn __trusted_len(&self) -> bool {
        true
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        __take_back(self.buf, self.start, &mut self.end)
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}

/// `[T; N]`'s by-value iterator (core's `array::IntoIter`): owns the array and moves its
/// elements out one by one (they show as moved); dropping it drops the ones left.
pub struct ArrayIntoIter<T, const N: usize> {
    data: [T; N],
    start: usize,
    end: usize,
}

impl<T, const N: usize> IntoIterator for [T; N] {
    type Item = T;
    type IntoIter = ArrayIntoIter<T, N>;

    fn into_iter(self) -> ArrayIntoIter<T, N> {
        ArrayIntoIter {
            data: self,
            start: 0,
            end: N,
        }
    }
}

impl<T, const N: usize> Iterator for ArrayIntoIter<T, N> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        // A raw place, not a reference: the array holds elements already moved out.
        __take_front(&raw mut self.data as *mut T, &mut self.start, self.end)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.start;
        (n, Some(n))
    }

    fn __trusted_len(&self) -> bool {
        true
    }
}

impl<T, const N: usize> DoubleEndedIterator for ArrayIntoIter<T, N> {
    fn next_back(&mut self) -> Option<T> {
        __take_back(&raw mut self.data as *mut T, self.start, &mut self.end)
    }
}

impl<T, const N: usize> ExactSizeIterator for ArrayIntoIter<T, N> {}

impl<T, const N: usize> ArrayIntoIter<T, N> {
    pub fn as_slice(&self) -> &[T] {
        &self.data[self.start..self.end]
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        &mut self.data[self.start..self.end]
    }
}

/// std clones what is left into a new buffer (`as_slice().to_vec().into_iter()`): the two
/// iterators own their elements apart.
impl<T: Clone> Clone for IntoIter<T> {
    fn clone(&self) -> IntoIter<T> {
        let mut rest: Vec<T> = Vec::with_capacity(self.end - self.start);
        let mut i = self.start;
        while i < self.end {
            let p = __intrinsic_ptr_offset::<T>(self.buf, i);
            rest.push((*p).clone());
            i += 1;
        }
        rest.into_iter()
    }
}

/// The first element of `buf[*start..end]`, moved out (it shows as moved), as std's by-value
/// iterators `ptr::read` it.
fn __take_front<T>(buf: *mut T, start: &mut usize, end: usize) -> Option<T> {
    if *start < end {
        let p = __intrinsic_ptr_offset::<T>(buf, *start);
        *start += 1;
        Some(*p)
    } else {
        None
    }
}

fn __take_back<T>(buf: *mut T, start: usize, end: &mut usize) -> Option<T> {
    if start < *end {
        *end -= 1;
        let p = __intrinsic_ptr_offset::<T>(buf, *end);
        Some(*p)
    } else {
        None
    }
}

/// Drops the elements of `buf[*start..end]` not taken, in order.
fn __drop_rest<T>(buf: *mut T, start: &mut usize, end: usize) {
    while let Some(x) = __take_front(buf, start, end) {
        drop(x);
    }
}

impl<T> Drop for IntoIter<T> {
    fn drop(&mut self) {
        __drop_rest(self.buf, &mut self.start, self.end);
        if self.cap > 0 {
            __intrinsic_dealloc::<T>(self.buf);
        }
    }
}

/// std's `insertion_sort_shift_left`: each element moves left past the greater ones.
fn __insertion_sort<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], is_less: &mut F) {
    let n = v.len();
    let mut i = 1;
    while i < n {
        let mut j = i;
        while j > 0 && (*is_less)(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
        i += 1;
    }
}

/// std's unstable sort (ipnsort) is the insertion sort up to 20 elements, then a quicksort whose
/// order for equal elements is its own and which allocates nothing. Past 20 elements stackheap
/// heapsorts in place: the same result whenever equal elements are indistinguishable, which
/// `ties_visible` callers (a key or a comparison of the program's) check, refusing a tie.
fn __unstable_sort<T, F: FnMut(&T, &T) -> Ordering>(
    v: &mut [T],
    compare: &mut F,
    ties_visible: bool,
) {
    let n = v.len();
    if n <= 20 {
        __insertion_sort(v, &mut |a: &T, b: &T| (*compare)(a, b) == Ordering::Less);
        return;
    }
    let mut less = |a: &T, b: &T| -> bool {
        let order = (*compare)(a, b);
        if ties_visible && order == Ordering::Equal {
            __intrinsic_unsupported(
                "an unstable sort of more than 20 elements with equal keys (std's order for them is its own)",
            );
        }
        order == Ordering::Less
    };
    let mut start = n / 2;
    while start > 0 {
        start -= 1;
        __sift_down(v, start, n, &mut less);
    }
    let mut end = n;
    while end > 1 {
        end -= 1;
        v.swap(0, end);
        __sift_down(v, 0, end, &mut less);
    }
}

fn __sift_down<T, F: FnMut(&T, &T) -> bool>(
    v: &mut [T],
    mut node: usize,
    end: usize,
    is_less: &mut F,
) {
    loop {
        let mut child = 2 * node + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && (*is_less)(&v[child], &v[child + 1]) {
            child += 1;
        }
        if !(*is_less)(&v[node], &v[child]) {
            return;
        }
        v.swap(node, child);
        node = child;
    }
}

/// std's stable sort: nothing for zero-sized elements, the insertion sort up to 20 elements,
/// else driftsort's scratch of max(n - n / 2, min(n, 8 MB / size), 48) elements, on the heap
/// when more than fit in 4 KiB (on the stack, std's case, the insertion sort runs instead).
fn __stable_sort<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], is_less: &mut F) {
    let size = size_of::<T>();
    let n = v.len();
    if size == 0 || n < 2 {
        return;
    }
    if n <= 20 {
        __insertion_sort(v, is_less);
        return;
    }
    let half = n - n / 2;
    let full = 8_000_000 / size;
    let capped = if n < full { n } else { full };
    let mut scratch = if half > capped { half } else { capped };
    if scratch < 48 {
        scratch = 48;
    }
    if 4096 / size >= scratch {
        __insertion_sort(v, is_less);
        return;
    }
    let buf = __intrinsic_alloc::<T>(scratch);
    __merge_sort(v, buf, is_less);
    __intrinsic_dealloc::<T>(buf);
}

/// Sorts both halves, then merges them through `buf` (room for the left half).
fn __merge_sort<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], buf: *mut T, is_less: &mut F) {
    let n = v.len();
    if n <= 20 {
        __insertion_sort(v, is_less);
        return;
    }
    let mid = n / 2;
    __merge_sort(&mut v[..mid], buf, is_less);
    __merge_sort(&mut v[mid..], buf, is_less);
    if !(*is_less)(&v[mid], &v[mid - 1]) {
        return;
    }
    let mut i = 0;
    while i < mid {
        let p = __intrinsic_ptr_offset::<T>(buf, i);
        *p = v[i];
        i += 1;
    }
    let mut left = 0;
    let mut right = mid;
    let mut out = 0;
    while left < mid && right < n {
        let p = __intrinsic_ptr_offset::<T>(buf, left);
        if (*is_less)(&v[right], &*p) {
            v[out] = v[right];
            right += 1;
        } else {
            v[out] = *p;
            left += 1;
        }
        out += 1;
    }
    while left < mid {
        let p = __intrinsic_ptr_offset::<T>(buf, left);
        v[out] = *p;
        left += 1;
        out += 1;
    }
}

impl<T> [T] {
    pub fn first(&self) -> Option<&T> {
        if self.len() == 0 {
            None
        } else {
            Some(&self[0])
        }
    }

    pub fn last(&self) -> Option<&T> {
        if self.len() == 0 {
            None
        } else {
            Some(&self[self.len() - 1])
        }
    }

    pub fn first_mut(&mut self) -> Option<&mut T> {
        if self.len() == 0 {
            None
        } else {
            Some(&mut self[0])
        }
    }

    pub fn last_mut(&mut self) -> Option<&mut T> {
        let n = self.len();
        if n == 0 { None } else { Some(&mut self[n - 1]) }
    }

    pub fn split_first(&self) -> Option<(&T, &[T])> {
        if self.len() == 0 {
            None
        } else {
            Some((&self[0], &self[1..]))
        }
    }

    pub fn split_last(&self) -> Option<(&T, &[T])> {
        let n = self.len();
        if n == 0 {
            None
        } else {
            Some((&self[n - 1], &self[..n - 1]))
        }
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len() {
            Some(&self[index])
        } else {
            None
        }
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index < self.len() {
            Some(&mut self[index])
        } else {
            None
        }
    }

    pub fn iter_mut(&mut self) -> IterMut<T> {
        let n = self.len();
        IterMut {
            slice: self,
            start: 0,
            end: n,
        }
    }

    pub fn swap(&mut self, a: usize, b: usize) {
        let x = self[a];
        let y = self[b];
        self[a] = y;
        self[b] = x;
    }

    pub fn reverse(&mut self) {
        let n = self.len();
        let mut i = 0;
        while i < n / 2 {
            self.swap(i, n - 1 - i);
            i += 1;
        }
    }

    pub fn split_at(&self, mid: usize) -> (&[T], &[T]) {
        if mid > self.len() {
            panic!("mid > len");
        }
        (&self[..mid], &self[mid..])
    }

    pub fn split_at_mut(&mut self, mid: usize) -> (&mut [T], &mut [T]) {
        if mid > self.len() {
            panic!("mid > len");
        }
        // As std splits: two slices made from one raw pointer, which do not borrow `self` twice.
        let len = self.len();
        let p = self.as_mut_ptr();
        unsafe {
            (
                __std_slice_from_raw_parts_mut(p, mid),
                __std_slice_from_raw_parts_mut(p.add(mid), len - mid),
            )
        }
    }

    pub fn chunks_mut(&mut self, chunk_size: usize) -> ChunksMut<T> {
        if chunk_size == 0 {
            panic!("chunk size must be non-zero");
        }
        ChunksMut {
            v: self,
            chunk_size: chunk_size,
        }
    }

    pub fn windows(&self, size: usize) -> Windows<T> {
        if size == 0 {
            panic!("window size must be non-zero");
        }
        Windows {
            slice: self,
            start: 0,
            size: size,
        }
    }

    pub fn chunks(&self, chunk_size: usize) -> Chunks<T> {
        if chunk_size == 0 {
            panic!("chunk size must be non-zero");
        }
        Chunks {
            v: self,
            chunk_size: chunk_size,
        }
    }

    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, mut compare: F) {
        __stable_sort(self, &mut |a: &T, b: &T| compare(a, b) == Ordering::Less);
    }

    pub fn sort_by_key<K, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        self.sort_by(|a, b| __ordering(__intrinsic_cmp::<K>(&f(a), &f(b))));
    }

    pub fn sort_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, mut compare: F) {
        __unstable_sort(self, &mut |a: &T, b: &T| compare(a, b), true);
    }

    pub fn sort_unstable_by_key<K, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        __unstable_sort(
            self,
            &mut |a: &T, b: &T| __ordering(__intrinsic_cmp::<K>(&f(a), &f(b))),
            true,
        );
    }

    pub fn sort(&mut self) {
        __stable_sort(self, &mut |a: &T, b: &T| __intrinsic_cmp::<T>(a, b) < 0);
    }

    pub fn sort_unstable(&mut self) {
        __unstable_sort(
            self,
            &mut |a: &T, b: &T| __ordering(__intrinsic_cmp::<T>(a, b)),
            false,
        );
    }

    pub fn binary_search_by<F: FnMut(&T) -> Ordering>(&self, mut f: F) -> Result<usize, usize> {
        let mut size = self.len();
        if size == 0 {
            return Err(0);
        }
        let mut base = 0;
        while size > 1 {
            let half = size / 2;
            let mid = base + half;
            let cmp = f(&self[mid]);
            base = if cmp == Ordering::Greater { base } else { mid };
            size -= half;
        }
        let cmp = f(&self[base]);
        if cmp == Ordering::Equal {
            Ok(base)
        } else if cmp == Ordering::Less {
            Err(base + 1)
        } else {
            Err(base)
        }
    }

    pub fn binary_search(&self, x: &T) -> Result<usize, usize> {
        self.binary_search_by(|p| __ordering(__intrinsic_cmp::<T>(p, x)))
    }

    pub fn binary_search_by_key<B, F: FnMut(&T) -> B>(
        &self,
        b: &B,
        mut f: F,
    ) -> Result<usize, usize> {
        self.binary_search_by(|k| __ordering(__intrinsic_cmp::<B>(&f(k), b)))
    }

    pub fn contains(&self, x: &T) -> bool {
        let mut i = 0;
        while i < self.len() {
            if __intrinsic_eq::<T>(&self[i], x) {
                return true;
            }
            i += 1;
        }
        false
    }

    pub fn starts_with(&self, needle: &[T]) -> bool {
        let n = needle.len();
        self.len() >= n && __intrinsic_eq::<[T]>(needle, &self[..n])
    }

    pub fn ends_with(&self, needle: &[T]) -> bool {
        let (m, n) = (self.len(), needle.len());
        m >= n && __intrinsic_eq::<[T]>(needle, &self[m - n..])
    }
}

impl<T> Vec<T> {
    pub fn as_slice(&self) -> &[T] {
        &self[..]
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        &mut self[..]
    }

    /// std moves the tail into a Vec of exactly its length (no allocation when it is empty).
    pub fn split_off(&mut self, at: usize) -> Vec<T> {
        if at > self.len {
            panic!(
                "`at` split index (is {}) should be <= len (is {})",
                at, self.len
            );
        }
        let other_len = self.len - at;
        let mut other = Vec::with_capacity(other_len);
        let mut i = at;
        while i < self.len {
            let p = __intrinsic_ptr_offset::<T>(self.buf.ptr, i);
            other.push(*p);
            i += 1;
        }
        self.len = at;
        other
    }

    /// std's `Drain`: the Vec is cut to `start` at once; dropping the Drain drops what was
    /// not taken and moves the tail down to close the gap.
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<T> {
        let len = self.len;
        let (start, end) = __slice_range(&range, len);
        self.len = start;
        Drain {
            vec: self,
            next: start,
            end: end,
            tail_start: end,
            tail_len: len - end,
        }
    }

    /// std moves the last element into the hole: the order of the rest changes, nothing drops.
    pub fn swap_remove(&mut self, index: usize) -> T {
        let len = self.len;
        if index >= len {
            __intrinsic_unsupported(
                "`swap_remove` out of bounds, whose panic std reports inside alloc",
            );
        }
        self.as_mut_slice().swap(index, len - 1);
        match __intrinsic_vec_pop::<T>(self) {
            Some(value) => value,
            None => unreachable!(),
        }
    }

    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        let mut i = 0;
        while i < self.len() {
            if f(&self[i]) {
                i += 1;
            } else {
                self.remove(i);
            }
        }
    }

    pub fn dedup_by_key<K, F: FnMut(&mut T) -> K>(&mut self, mut key: F) {
        let mut i = 1;
        while i < self.len() {
            let a = key(&mut self[i]);
            let b = key(&mut self[i - 1]);
            if __intrinsic_eq::<K>(&a, &b) {
                self.remove(i);
            } else {
                i += 1;
            }
        }
    }

    pub fn dedup(&mut self) {
        let mut i = 1;
        while i < self.len() {
            if __intrinsic_eq::<T>(&self[i], &self[i - 1]) {
                self.remove(i);
            } else {
                i += 1;
            }
        }
    }
}

impl<T: Clone> [T] {
    pub fn to_vec(&self) -> Vec<T> {
        let mut v = Vec::with_capacity(self.len());
        v.extend_from_slice(self);
        v
    }

    pub fn fill(&mut self, value: T) {
        let mut i = 0;
        while i < self.len() {
            self[i] = __intrinsic_clone::<T, T>(&value);
            i += 1;
        }
    }
}

impl<T: Copy> [T] {
    pub fn copy_from_slice(&mut self, src: &[T]) {
        if self.len() != src.len() {
            panic!(
                "copy_from_slice: source slice length ({}) does not match destination slice length ({})",
                src.len(),
                self.len()
            );
        }
        __intrinsic_ptr_copy::<T>(src.as_ptr(), self.as_mut_ptr(), self.len());
    }
}

/// What `join` and `concat` accept as pieces: `String` and `&str`.
pub trait __StrPiece {
    fn __piece(&self) -> &str;
}

impl __StrPiece for String {
    fn __piece(&self) -> &str {
        self
    }
}

impl __StrPiece for &str {
    fn __piece(&self) -> &str {
        *self
    }
}

/// std's `join_generic_copy`: the exact length reserved at once, then the pieces copied.
fn __join_pieces<P: __StrPiece>(pieces: &[P], sep: &str) -> String {
    let n = pieces.len();
    if n == 0 {
        return String::new();
    }
    let mut len = sep.len() * (n - 1);
    let mut i = 0;
    while i < n {
        len += pieces[i].__piece().len();
        i += 1;
    }
    let mut s = String::with_capacity(len);
    s.push_str(pieces[0].__piece());
    let mut i = 1;
    while i < n {
        s.push_str(sep);
        s.push_str(pieces[i].__piece());
        i += 1;
    }
    s
}

impl [String] {
    pub fn join(&self, sep: &str) -> String {
        __join_pieces(self, sep)
    }

    pub fn concat(&self) -> String {
        self.join("")
    }
}

impl [&str] {
    pub fn join(&self, sep: &str) -> String {
        __join_pieces(self, sep)
    }

    pub fn concat(&self) -> String {
        self.join("")
    }
}

/// What `concat` of slices accepts as parts (std's `V: Borrow<[T]>`): `Vec<T>`, `[T; N]`, `&[T]`.
pub trait __SlicePart<T> {
    fn __part(&self) -> &[T];
}

impl<T> __SlicePart<T> for Vec<T> {
    fn __part(&self) -> &[T] {
        self
    }
}

impl<T, const N: usize> __SlicePart<T> for [T; N] {
    fn __part(&self) -> &[T] {
        self
    }
}

impl<T> __SlicePart<T> for &[T] {
    fn __part(&self) -> &[T] {
        *self
    }
}

/// std's `Concat` for `[V]`: room for every part's elements at once, then each part cloned in.
fn __concat_parts<T: Clone, V: __SlicePart<T>>(parts: &[V]) -> Vec<T> {
    let mut size = 0;
    let mut i = 0;
    while i < parts.len() {
        size += parts[i].__part().len();
        i += 1;
    }
    let mut result = Vec::with_capacity(size);
    let mut i = 0;
    while i < parts.len() {
        result.extend_from_slice(parts[i].__part());
        i += 1;
    }
    result
}

impl<T: Clone> [Vec<T>] {
    pub fn concat(&self) -> Vec<T> {
        __concat_parts(self)
    }
}

impl<T: Clone, const N: usize> [[T; N]] {
    pub fn concat(&self) -> Vec<T> {
        __concat_parts(self)
    }
}

impl<T: Clone> [&[T]] {
    pub fn concat(&self) -> Vec<T> {
        __concat_parts(self)
    }
}

impl<T, const N: usize> [T; N] {
    /// std fills the new array in order, each element made from the next one moved out.
    pub fn map<U, F: FnMut(T) -> U>(self, mut f: F) -> [U; N] {
        let mut out: [U; N];
        let base = &raw mut out as *mut U;
        let mut iter = self.into_iter();
        let mut i = 0;
        while let Some(x) = iter.next() {
            *__intrinsic_ptr_offset::<U>(base, i) = f(x);
            i += 1;
        }
        out
    }
}

pub struct Drain<T> {
    vec: &mut Vec<T>,
    next: usize,
    end: usize,
    tail_start: usize,
    tail_len: usize,
}

impl<T> Iterator for Drain<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        __take_front(self.vec.buf.ptr, &mut self.next, self.end)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.next;
        (n, Some(n))
    }

    fn __trusted_len(&self) -> bool {
        true
    }
}

impl<T> DoubleEndedIterator for Drain<T> {
    fn next_back(&mut self) -> Option<T> {
        __take_back(self.vec.buf.ptr, self.next, &mut self.end)
    }
}

impl<T> ExactSizeIterator for Drain<T> {}

impl<T> Drop for Drain<T> {
    fn drop(&mut self) {
        __drop_rest(self.vec.buf.ptr, &mut self.next, self.end);
        let start = self.vec.len;
        let mut i = 0;
        while i < self.tail_len {
            let x = *__intrinsic_ptr_offset::<T>(self.vec.buf.ptr, self.tail_start + i);
            *__intrinsic_ptr_offset::<T>(self.vec.buf.ptr, start + i) = x;
            i += 1;
        }
        self.vec.len = start + self.tail_len;
    }
}

pub struct IterMut<T> {
    slice: &mut [T],
    start: usize,
    end: usize,
}

impl<T> Iterator for IterMut<T> {
    type Item = &mut T;

    fn next(&mut self) -> Option<&mut T> {
        if self.start < self.end {
            self.start += 1;
            Some(&mut self.slice[self.start - 1])
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

    fn __random_access(&self) -> bool {
        true
    }
}

impl<T> DoubleEndedIterator for IterMut<T> {
    fn next_back(&mut self) -> Option<&mut T> {
        if self.start < self.end {
            self.end -= 1;
            Some(&mut self.slice[self.end])
        } else {
            None
        }
    }
}

impl<T> ExactSizeIterator for IterMut<T> {}

impl<T> IntoIterator for &mut Vec<T> {
    type Item = &mut T;
    type IntoIter = IterMut<T>;

    fn into_iter(self) -> IterMut<T> {
        self.iter_mut()
    }
}

impl<T> IntoIterator for &mut [T] {
    type Item = &mut T;
    type IntoIter = IterMut<T>;

    fn into_iter(self) -> IterMut<T> {
        self.iter_mut()
    }
}

/// `chunks` and `chunks_mut`, as core's: the slice not yet handed out, split off one chunk of
/// `size` at a time (the last one shorter), so that the chunks given out never overlap it.
/// `$slice` is the iterator's item, the slice type its field `v` holds.
macro_rules! chunks_iterator_impls {
    ($name:ident, $slice:ty, $split:ident) => {
        impl<T> Iterator for $name<T> {
            type Item = $slice;

            fn next(&mut self) -> Option<$slice> {
                let n = self.v.len();
                if n == 0 {
                    None
                } else {
                    let (head, tail) = self.v.$split(if n < self.chunk_size {
                        n
                    } else {
                        self.chunk_size
                    });
                    self.v = tail;
                    Some(head)
                }
            }

            fn size_hint(&self) -> (usize, Option<usize>) {
                let n = self.v.len();
                let chunks = if n == 0 {
                    0
                } else {
                    (n + self.chunk_size - 1) / self.chunk_size
                };
                (chunks, Some(chunks))
            }

            fn __trusted_len(&self) -> bool {
                true
            }
        }

        impl<T> ExactSizeIterator for $name<T> {}
    };
}

pub struct ChunksMut<T> {
    v: &mut [T],
    chunk_size: usize,
}

chunks_iterator_impls!(ChunksMut, &mut [T], split_at_mut);

#[derive(Clone)]
pub struct Windows<T> {
    slice: &[T],
    start: usize,
    size: usize,
}

impl<T> Iterator for Windows<T> {
    type Item = &[T];

    fn next(&mut self) -> Option<&[T]> {
        if self.start + self.size > self.slice.len() {
            None
        } else {
            self.start += 1;
            Some(&self.slice[self.start - 1..self.start - 1 + self.size])
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.start + self.size > self.slice.len() {
            0
        } else {
            self.slice.len() - self.start - self.size + 1
        };
        (n, Some(n))
    }

    fn __trusted_len(&self) -> bool {
        true
    }
}

impl<T> ExactSizeIterator for Windows<T> {}

#[derive(Clone)]
pub struct Chunks<T> {
    v: &[T],
    chunk_size: usize,
}

chunks_iterator_impls!(Chunks, &[T], split_at);
