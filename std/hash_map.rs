//! `HashMap` and `HashSet` as std builds them: hashbrown's SwissTable (hashbrown 0.16, std 1.95,
//! x86_64 with SSE2's 16-byte groups).
//!
//! A table of `buckets` (a power of two) is one heap block: the buckets, then `buckets + 16`
//! control bytes, the block aligned to max(align of `(K, V)`, 16) and the buckets' part padded to
//! that alignment. The table keeps a pointer to the control bytes; bucket `i` lies just below
//! them, `i + 1` entries down (`__intrinsic_table_bucket`). A control byte is EMPTY (0xFF),
//! DELETED (0x80, a tombstone) or, for a full bucket, the top 7 bits of its key's hash; the last
//! 16 mirror the first 16, so a group of 16 can be read from any bucket on. Lookups probe groups
//! along a triangular sequence from the bucket the hash's low bits name
//! (`__intrinsic_group_match` compares a group's bytes at once, as SSE2 does). A table holds
//! `buckets - 1` entries below 8 buckets and 7/8 of them above; a map that never held an entry
//! has no block (`bucket_mask` 0, hashbrown's static empty group).
//!
//! Keys are hashed by the machine (`__intrinsic_hash`), structurally, as derived `Hash` impls and
//! std's feed a hasher: a `String` as its `str`, so lookups by `&str` find `String` keys. rustc's
//! hasher is SipHash-1-3 with keys random per run, so the binary's iteration order changes from
//! run to run; here it is one fixed order of the buckets. Sizes, growth, tombstones and so the
//! heap events are hashbrown's.

fn __intrinsic_hash<T>(value: &T) -> u64 {
    unreachable!()
}
fn __intrinsic_table_alloc<T>(buckets: usize) -> *mut u8 {
    unreachable!()
}
fn __intrinsic_table_free<T>(ctrl: *mut u8, buckets: usize, moved: bool) {
    unreachable!()
}
fn __intrinsic_table_bucket<T>(ctrl: *mut u8, index: usize) -> *mut T {
    unreachable!()
}
fn __intrinsic_group_match(ctrl: *mut u8, pos: usize, byte: u8) -> u32 {
    unreachable!()
}
fn __intrinsic_lowest_bit(mask: u32) -> usize {
    unreachable!()
}

/// std's `RandomState`: the hasher's two keys (fixed here; the machine hashes without them).
#[derive(Clone)]
pub struct RandomState {
    k0: u64,
    k1: u64,
}

/// hashbrown's `RawTableInner` with its entries' type.
pub struct __RawTable<K, V> {
    bucket_mask: usize,
    ctrl: *mut u8,
    growth_left: usize,
    items: usize,
    marker: [(K, V); 0],
}

unsafe impl<K: Send, V: Send> Send for __RawTable<K, V> {}
unsafe impl<K: Sync, V: Sync> Sync for __RawTable<K, V> {}

/// The buckets a table needs to hold `cap` entries (hashbrown's `capacity_to_buckets`: small
/// entries get at least 16 bytes of buckets).
fn __capacity_to_buckets<T>(cap: usize) -> usize {
    if cap < 15 {
        let size = size_of::<T>();
        let min_cap = if size <= 1 {
            14
        } else if size <= 3 {
            7
        } else {
            3
        };
        let cap = if cap < min_cap { min_cap } else { cap };
        if cap < 4 {
            4
        } else if cap < 8 {
            8
        } else {
            16
        }
    } else {
        if cap > usize::MAX / 8 {
            __intrinsic_unsupported("a hash table capacity overflow (std panics inside hashbrown)");
        }
        (cap * 8 / 7).next_power_of_two()
    }
}

/// The entries a table of `bucket_mask + 1` buckets holds (7/8 of them, all but one when small).
fn __bucket_mask_to_capacity(bucket_mask: usize) -> usize {
    if bucket_mask < 8 {
        bucket_mask
    } else {
        (bucket_mask + 1) / 8 * 7
    }
}

fn __h2(hash: u64) -> u8 {
    (hash >> 57) as u8
}

const __EMPTY: u8 = 0xFF;
const __DELETED: u8 = 0x80;

impl<K, V> __RawTable<K, V> {
    fn __new() -> __RawTable<K, V> {
        __RawTable {
            bucket_mask: 0,
            ctrl: __intrinsic_table_alloc::<(K, V)>(0),
            growth_left: 0,
            items: 0,
            marker: [],
        }
    }

    fn __with_capacity(capacity: usize) -> __RawTable<K, V> {
        if capacity == 0 {
            return __RawTable::__new();
        }
        __RawTable::__with_buckets(__capacity_to_buckets::<(K, V)>(capacity))
    }

    /// A table of `buckets` buckets, all EMPTY.
    fn __with_buckets(buckets: usize) -> __RawTable<K, V> {
        __RawTable {
            bucket_mask: buckets - 1,
            ctrl: __intrinsic_table_alloc::<(K, V)>(buckets),
            growth_left: __bucket_mask_to_capacity(buckets - 1),
            items: 0,
            marker: [],
        }
    }

    fn __buckets(&self) -> usize {
        self.bucket_mask + 1
    }

    fn __ctrl(&self, index: usize) -> u8 {
        *__intrinsic_ptr_offset::<u8>(self.ctrl, index)
    }

    fn __is_full(&self, index: usize) -> bool {
        self.__ctrl(index) & 0x80 == 0
    }

    /// Sets a control byte and its mirror past the end.
    fn __set_ctrl(&mut self, index: usize, byte: u8) {
        let mirror = (index.wrapping_sub(16) & self.bucket_mask) + 16;
        *__intrinsic_ptr_offset::<u8>(self.ctrl, index) = byte;
        *__intrinsic_ptr_offset::<u8>(self.ctrl, mirror) = byte;
    }

    fn __bucket(&self, index: usize) -> *mut (K, V) {
        __intrinsic_table_bucket::<(K, V)>(self.ctrl, index)
    }

    /// The next probe position after `pos`, `stride` growing by a group each time.
    fn __probe_next(&self, pos: usize, stride: &mut usize) -> usize {
        *stride += 16;
        (pos + *stride) & self.bucket_mask
    }

    /// The bucket holding `key` (the probe stops at the first group with an EMPTY byte, as
    /// the search for an insertion slot does).
    fn __find<Q: __KeyOf<K>>(&self, hash: u64, key: &Q) -> Option<usize> {
        if self.items == 0 {
            return None;
        }
        match self.__find_or_insert_slot(hash, key) {
            Ok(index) => Some(index),
            Err(_) => None,
        }
    }

    /// In a table smaller than a group, the group's bytes past the buckets are EMPTY: a slot
    /// found there wraps onto a full bucket, and the first free one is taken instead.
    fn __fix_insert_slot(&self, index: usize) -> usize {
        if self.__is_full(index) {
            __intrinsic_lowest_bit(__intrinsic_group_match(self.ctrl, 0, __DELETED))
        } else {
            index
        }
    }

    /// The first EMPTY or DELETED bucket along the probe sequence.
    fn __find_insert_slot(&self, hash: u64) -> usize {
        let mut pos = (hash as usize) & self.bucket_mask;
        let mut stride = 0;
        loop {
            let free = __intrinsic_group_match(self.ctrl, pos, __DELETED);
            if free != 0 {
                return self
                    .__fix_insert_slot((pos + __intrinsic_lowest_bit(free)) & self.bucket_mask);
            }
            pos = self.__probe_next(pos, &mut stride);
        }
    }

    /// `Ok` of the bucket holding `key`, or `Err` of where it would go (hashbrown's
    /// `find_or_find_insert_slot`, after its `reserve(1)`).
    fn __find_or_insert_slot<Q: __KeyOf<K>>(&self, hash: u64, key: &Q) -> Result<usize, usize> {
        let h2 = __h2(hash);
        let mut pos = (hash as usize) & self.bucket_mask;
        let mut stride = 0;
        let mut insert_slot = usize::MAX;
        loop {
            let mut matches = __intrinsic_group_match(self.ctrl, pos, h2);
            while matches != 0 {
                let index = (pos + __intrinsic_lowest_bit(matches)) & self.bucket_mask;
                matches = matches & (matches - 1);
                if Q::__key_eq(key, &(*self.__bucket(index)).0) {
                    return Ok(index);
                }
            }
            if insert_slot == usize::MAX {
                let free = __intrinsic_group_match(self.ctrl, pos, __DELETED);
                if free != 0 {
                    insert_slot = (pos + __intrinsic_lowest_bit(free)) & self.bucket_mask;
                }
            }
            if insert_slot != usize::MAX && __intrinsic_group_match(self.ctrl, pos, __EMPTY) != 0 {
                return Err(self.__fix_insert_slot(insert_slot));
            }
            pos = self.__probe_next(pos, &mut stride);
        }
    }

    fn __insert_in_slot(&mut self, hash: u64, index: usize, entry: (K, V)) {
        // Taking an EMPTY bucket uses up growth; a DELETED one was already counted.
        if self.__ctrl(index) == __EMPTY {
            self.growth_left -= 1;
        }
        self.__set_ctrl(index, __h2(hash));
        *self.__bucket(index) = entry;
        self.items += 1;
    }

    /// hashbrown's `insert_no_grow`: room was reserved before.
    fn __insert_no_grow(&mut self, hash: u64, entry: (K, V)) -> usize {
        let index = self.__find_insert_slot(hash);
        self.__insert_in_slot(hash, index, entry);
        index
    }

    /// Marks a bucket free: EMPTY when no probe can have passed it on a full group (a run of 16
    /// non-EMPTY bytes around it), a DELETED tombstone otherwise.
    fn __erase(&mut self, index: usize) {
        let index_before = index.wrapping_sub(16) & self.bucket_mask;
        let empty_before = __intrinsic_group_match(self.ctrl, index_before, __EMPTY) as u16;
        let empty_after = __intrinsic_group_match(self.ctrl, index, __EMPTY) as u16;
        let byte = if empty_before.leading_zeros() + empty_after.trailing_zeros() >= 16 {
            __DELETED
        } else {
            self.growth_left += 1;
            __EMPTY
        };
        self.__set_ctrl(index, byte);
        self.items -= 1;
    }

    /// Takes the entry out of a full bucket.
    fn __remove(&mut self, index: usize) -> (K, V) {
        self.__erase(index);
        *self.__bucket(index)
    }

    fn __reserve(&mut self, additional: usize) {
        if additional > self.growth_left {
            self.__reserve_rehash(additional);
        }
    }

    /// hashbrown's `reserve_rehash`: a table at most half full once its tombstones are gone is
    /// rehashed where it is; otherwise it moves to a larger one.
    fn __reserve_rehash(&mut self, additional: usize) {
        if additional > usize::MAX - self.items {
            __intrinsic_unsupported("a hash table capacity overflow (std panics inside hashbrown)");
        }
        let new_items = self.items + additional;
        let full_capacity = __bucket_mask_to_capacity(self.bucket_mask);
        if new_items <= full_capacity / 2 {
            self.__rehash_in_place();
        } else if new_items > full_capacity + 1 {
            self.__resize(new_items);
        } else {
            self.__resize(full_capacity + 1);
        }
    }

    /// Moves every entry to a new table for `capacity` entries (in bucket order), then frees
    /// the old one.
    fn __resize(&mut self, capacity: usize) {
        let mut new_table: __RawTable<K, V> = __RawTable::__with_capacity(capacity);
        let mut index = 0;
        let mut left = self.items;
        while left > 0 {
            if self.__is_full(index) {
                let hash = __intrinsic_hash::<K>(&(*self.__bucket(index)).0);
                let slot = new_table.__find_insert_slot(hash);
                new_table.__set_ctrl(slot, __h2(hash));
                *new_table.__bucket(slot) = *self.__bucket(index);
                left -= 1;
            }
            index += 1;
        }
        new_table.growth_left -= self.items;
        new_table.items = self.items;
        let old = __std_mem_replace(self, new_table);
        old.__free_moved();
    }

    /// Frees the block of a table whose entries moved to another.
    fn __free_moved(mut self) {
        if self.bucket_mask != 0 {
            __intrinsic_table_free::<(K, V)>(self.ctrl, self.bucket_mask + 1, true);
            self.bucket_mask = 0;
        }
    }

    /// hashbrown's `rehash_in_place`: full buckets become DELETED and tombstones EMPTY, then each
    /// entry goes to the first free bucket of its probe sequence unless that lies in the group
    /// it already is in.
    fn __rehash_in_place(&mut self) {
        let buckets = self.__buckets();
        let converted = if buckets < 16 { 16 } else { buckets };
        let mut i = 0;
        while i < converted {
            let byte = if self.__ctrl(i) & 0x80 == 0 {
                __DELETED
            } else {
                __EMPTY
            };
            *__intrinsic_ptr_offset::<u8>(self.ctrl, i) = byte;
            i += 1;
        }
        let (from, to, count) = if buckets < 16 {
            (0, 16, buckets)
        } else {
            (0, buckets, 16)
        };
        let mut j = 0;
        while j < count {
            let byte = self.__ctrl(from + j);
            *__intrinsic_ptr_offset::<u8>(self.ctrl, to + j) = byte;
            j += 1;
        }
        let mut index = 0;
        while index < buckets {
            if self.__ctrl(index) == __DELETED {
                loop {
                    let hash = __intrinsic_hash::<K>(&(*self.__bucket(index)).0);
                    let new_index = self.__find_insert_slot(hash);
                    let probe_start = (hash as usize) & self.bucket_mask;
                    let mask = self.bucket_mask;
                    let group_of = |pos: usize| (pos.wrapping_sub(probe_start) & mask) / 16;
                    if group_of(index) == group_of(new_index) {
                        self.__set_ctrl(index, __h2(hash));
                        break;
                    }
                    let previous = self.__ctrl(new_index);
                    self.__set_ctrl(new_index, __h2(hash));
                    if previous == __EMPTY {
                        self.__set_ctrl(index, __EMPTY);
                        *self.__bucket(new_index) = *self.__bucket(index);
                        break;
                    }
                    let displaced = *self.__bucket(new_index);
                    *self.__bucket(new_index) = *self.__bucket(index);
                    *self.__bucket(index) = displaced;
                }
            }
            index += 1;
        }
        self.growth_left = __bucket_mask_to_capacity(self.bucket_mask) - self.items;
    }

    /// hashbrown's `shrink_to`: to the smallest table for max(len, `min_size`) entries, if smaller.
    fn __shrink_to(&mut self, min_size: usize) {
        let min_size = if self.items > min_size {
            self.items
        } else {
            min_size
        };
        if min_size == 0 {
            let old = __std_mem_replace(self, __RawTable::__new());
            drop(old);
            return;
        }
        if __capacity_to_buckets::<(K, V)>(min_size) < self.__buckets() {
            if self.items == 0 {
                let old = __std_mem_replace(self, __RawTable::__with_capacity(min_size));
                drop(old);
            } else {
                self.__resize(min_size);
            }
        }
    }

    /// Every control byte EMPTY; the block stays.
    fn __clear_no_drop(&mut self) {
        if self.bucket_mask != 0 {
            let mut i = 0;
            while i < self.bucket_mask + 17 {
                *__intrinsic_ptr_offset::<u8>(self.ctrl, i) = __EMPTY;
                i += 1;
            }
        }
        self.items = 0;
        self.growth_left = __bucket_mask_to_capacity(self.bucket_mask);
    }

    /// Drops the entries in bucket order.
    fn __drop_entries(&mut self) {
        let mut index = 0;
        let mut left = self.items;
        while left > 0 {
            if self.__is_full(index) {
                drop(*self.__bucket(index));
                left -= 1;
            }
            index += 1;
        }
    }

    fn __clear(&mut self) {
        if self.items == 0 {
            return;
        }
        self.__drop_entries();
        self.__clear_no_drop();
    }

    /// The first full bucket from `*next` on (there is one while entries are left).
    fn __next_full(&self, next: &mut usize) -> usize {
        while !self.__is_full(*next) {
            *next += 1;
        }
        *next += 1;
        *next - 1
    }
}

impl<K, V> Drop for __RawTable<K, V> {
    fn drop(&mut self) {
        if self.bucket_mask != 0 {
            self.__drop_entries();
            __intrinsic_table_free::<(K, V)>(self.ctrl, self.bucket_mask + 1, false);
        }
    }
}

impl<K: Clone, V: Clone> Clone for __RawTable<K, V> {
    /// The same buckets, each entry cloned into its own bucket, in bucket order.
    fn clone(&self) -> __RawTable<K, V> {
        if self.bucket_mask == 0 {
            return __RawTable::__new();
        }
        let mut table: __RawTable<K, V> = __RawTable::__with_buckets(self.bucket_mask + 1);
        let mut i = 0;
        while i < self.bucket_mask + 17 {
            *__intrinsic_ptr_offset::<u8>(table.ctrl, i) = self.__ctrl(i);
            i += 1;
        }
        let mut index = 0;
        let mut left = self.items;
        while left > 0 {
            if self.__is_full(index) {
                *table.__bucket(index) = (*self.__bucket(index)).clone();
                left -= 1;
            }
            index += 1;
        }
        table.items = self.items;
        table.growth_left = self.growth_left;
        table
    }
}

pub struct HashMap<K, V> {
    hash_builder: RandomState,
    table: __RawTable<K, V>,
}

impl<K, V> HashMap<K, V> {
    pub fn new() -> HashMap<K, V> {
        HashMap::with_capacity(0)
    }

    pub fn with_capacity(capacity: usize) -> HashMap<K, V> {
        HashMap {
            hash_builder: RandomState { k0: 0, k1: 0 },
            table: __RawTable::__with_capacity(capacity),
        }
    }

    pub fn capacity(&self) -> usize {
        self.table.items + self.table.growth_left
    }

    pub fn len(&self) -> usize {
        self.table.items
    }

    pub fn is_empty(&self) -> bool {
        self.table.items == 0
    }

    pub fn clear(&mut self) {
        self.table.__clear()
    }

    pub fn keys(&self) -> HashKeys<K, V> {
        HashKeys { inner: self.iter() }
    }

    pub fn values(&self) -> HashValues<K, V> {
        HashValues { inner: self.iter() }
    }

    pub fn values_mut(&mut self) -> HashValuesMut<K, V> {
        HashValuesMut {
            inner: self.iter_mut(),
        }
    }

    pub fn into_keys(self) -> HashIntoKeys<K, V> {
        HashIntoKeys {
            inner: self.into_iter(),
        }
    }

    pub fn into_values(self) -> HashIntoValues<K, V> {
        HashIntoValues {
            inner: self.into_iter(),
        }
    }

    pub fn iter(&self) -> HashIter<K, V> {
        HashIter {
            table: &self.table,
            next: 0,
            left: self.table.items,
        }
    }

    pub fn iter_mut(&mut self) -> HashIterMut<K, V> {
        let left = self.table.items;
        HashIterMut {
            table: &mut self.table,
            next: 0,
            left: left,
        }
    }

    pub fn drain(&mut self) -> HashDrain<K, V> {
        let left = self.table.items;
        HashDrain {
            table: &mut self.table,
            next: 0,
            left: left,
        }
    }

    /// Keeps the entries `f` accepts; each one it rejects is erased, then dropped.
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut f: F) {
        let mut index = 0;
        let mut left = self.table.items;
        while left > 0 {
            if self.table.__is_full(index) {
                left -= 1;
                let keep = {
                    let entry = &mut *self.table.__bucket(index);
                    f(&entry.0, &mut entry.1)
                };
                if !keep {
                    drop(self.table.__remove(index));
                }
            }
            index += 1;
        }
    }
}

impl<K: Eq + Hash, V> HashMap<K, V> {
    pub fn reserve(&mut self, additional: usize) {
        self.table.__reserve(additional)
    }

    pub fn shrink_to_fit(&mut self) {
        self.table.__shrink_to(0)
    }

    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.table.__shrink_to(min_capacity)
    }

    /// Room for one more entry is made first, even when the key is there already.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        let hash = __intrinsic_hash::<K>(&key);
        self.table.__reserve(1);
        match self.table.__find_or_insert_slot(hash, &key) {
            Ok(index) => Some(__std_mem_replace(
                &mut (*self.table.__bucket(index)).1,
                value,
            )),
            Err(index) => {
                self.table.__insert_in_slot(hash, index, (key, value));
                None
            }
        }
    }

    fn __find<Q: __KeyOf<K>>(&self, key: &Q) -> Option<usize> {
        if self.table.items == 0 {
            return None;
        }
        self.table.__find(__intrinsic_hash::<Q>(key), key)
    }

    pub fn get<Q: __KeyOf<K>>(&self, key: &Q) -> Option<&V> {
        match self.__find(key) {
            Some(index) => Some(&(*self.table.__bucket(index)).1),
            None => None,
        }
    }

    pub fn get_mut<Q: __KeyOf<K>>(&mut self, key: &Q) -> Option<&mut V> {
        match self.__find(key) {
            Some(index) => Some(&mut (*self.table.__bucket(index)).1),
            None => None,
        }
    }

    pub fn get_key_value<Q: __KeyOf<K>>(&self, key: &Q) -> Option<(&K, &V)> {
        match self.__find(key) {
            Some(index) => {
                let entry = &*self.table.__bucket(index);
                Some((&entry.0, &entry.1))
            }
            None => None,
        }
    }

    pub fn contains_key<Q: __KeyOf<K>>(&self, key: &Q) -> bool {
        self.__find(key).is_some()
    }

    pub fn remove<Q: __KeyOf<K>>(&mut self, key: &Q) -> Option<V> {
        match self.remove_entry(key) {
            Some((_, value)) => Some(value),
            None => None,
        }
    }

    pub fn remove_entry<Q: __KeyOf<K>>(&mut self, key: &Q) -> Option<(K, V)> {
        match self.table.__find(__intrinsic_hash::<Q>(key), key) {
            Some(index) => Some(self.table.__remove(index)),
            None => None,
        }
    }

    /// std's `rustc_entry`: the key an occupied entry was looked up with is dropped at once; a
    /// vacant entry reserves room for one more entry.
    pub fn entry(&mut self, key: K) -> HashEntry<K, V> {
        let hash = __intrinsic_hash::<K>(&key);
        match self.table.__find(hash, &key) {
            Some(index) => {
                drop(key);
                HashEntry::Occupied(HashOccupiedEntry {
                    index: index,
                    table: &mut self.table,
                })
            }
            None => {
                self.table.__reserve(1);
                HashEntry::Vacant(HashVacantEntry {
                    hash: hash,
                    key: key,
                    table: &mut self.table,
                })
            }
        }
    }
}

impl<K, V> Default for HashMap<K, V> {
    fn default() -> HashMap<K, V> {
        HashMap::new()
    }
}

impl<K, V> IntoIterator for HashMap<K, V> {
    type Item = (K, V);
    type IntoIter = HashIntoIter<K, V>;

    fn into_iter(self) -> HashIntoIter<K, V> {
        let left = self.table.items;
        HashIntoIter {
            table: self.table,
            next: 0,
            left: left,
        }
    }
}

impl<K, V> IntoIterator for &HashMap<K, V> {
    type Item = (&K, &V);
    type IntoIter = HashIter<K, V>;

    fn into_iter(self) -> HashIter<K, V> {
        self.iter()
    }
}

impl<K, V> IntoIterator for &mut HashMap<K, V> {
    type Item = (&K, &mut V);
    type IntoIter = HashIterMut<K, V>;

    fn into_iter(self) -> HashIterMut<K, V> {
        self.iter_mut()
    }
}

/// std's `extend`: room for the iterator's lower bound when empty, half of it otherwise.
impl<K: Eq + Hash, V> Extend<(K, V)> for HashMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        let mut iter = iter.into_iter();
        let (lower, _) = iter.size_hint();
        let reserve = if self.is_empty() {
            lower
        } else {
            (lower + 1) / 2
        };
        self.reserve(reserve);
        while let Some((k, v)) = iter.next() {
            self.insert(k, v);
        }
    }
}

/// std's `from_iter` of the array: room for all its entries at once.
impl<K: Eq + Hash, V, const N: usize> From<[(K, V); N]> for HashMap<K, V> {
    fn from(arr: [(K, V); N]) -> HashMap<K, V> {
        let mut map = HashMap::new();
        map.extend(arr);
        map
    }
}

impl<K: Eq + Hash, V> FromIterator<(K, V)> for HashMap<K, V> {
    fn __from_iter<I: Iterator<Item = (K, V)>>(iter: I, witness: Option<(K, V)>) -> HashMap<K, V> {
        let mut map = HashMap::new();
        map.extend(iter);
        map
    }
}

impl<K: Eq + Hash, V, Q: __KeyOf<K>> Index<&Q> for HashMap<K, V> {
    type Output = V;

    fn index(&self, key: &Q) -> &V {
        match self.get(key) {
            Some(value) => value,
            None => panic!("no entry found for key"),
        }
    }
}

impl<K: Clone, V: Clone> Clone for HashMap<K, V> {
    fn clone(&self) -> HashMap<K, V> {
        HashMap {
            hash_builder: self.hash_builder.clone(),
            table: self.table.clone(),
        }
    }
}

/// std's `hash_map::Entry`.
pub enum HashEntry<'a, K, V> {
    Occupied(HashOccupiedEntry<'a, K, V>),
    Vacant(HashVacantEntry<'a, K, V>),
}

/// std's `hash_map::OccupiedEntry`: the entry's bucket.
pub struct HashOccupiedEntry<'a, K, V> {
    index: usize,
    table: &'a mut __RawTable<K, V>,
}

/// std's `hash_map::VacantEntry`: the key and its hash; the table has room for it.
pub struct HashVacantEntry<'a, K, V> {
    hash: u64,
    key: K,
    table: &'a mut __RawTable<K, V>,
}

impl<'a, K, V> HashEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        match self {
            HashEntry::Occupied(entry) => entry.key(),
            HashEntry::Vacant(entry) => entry.key(),
        }
    }

    pub fn or_insert(self, default: V) -> &'a mut V {
        match self {
            HashEntry::Occupied(entry) => entry.into_mut(),
            HashEntry::Vacant(entry) => entry.insert(default),
        }
    }

    pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V {
        match self {
            HashEntry::Occupied(entry) => entry.into_mut(),
            HashEntry::Vacant(entry) => entry.insert(default()),
        }
    }

    pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &'a mut V {
        match self {
            HashEntry::Occupied(entry) => entry.into_mut(),
            HashEntry::Vacant(entry) => {
                let value = default(entry.key());
                entry.insert(value)
            }
        }
    }

    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> HashEntry<'a, K, V> {
        match self {
            HashEntry::Occupied(mut entry) => {
                f(entry.get_mut());
                HashEntry::Occupied(entry)
            }
            HashEntry::Vacant(entry) => HashEntry::Vacant(entry),
        }
    }
}

impl<'a, K, V: Default> HashEntry<'a, K, V> {
    pub fn or_default(self) -> &'a mut V {
        match self {
            HashEntry::Occupied(entry) => entry.into_mut(),
            HashEntry::Vacant(entry) => entry.insert(Default::default()),
        }
    }
}

impl<'a, K, V> HashOccupiedEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &(*self.table.__bucket(self.index)).0
    }

    pub fn get(&self) -> &V {
        &(*self.table.__bucket(self.index)).1
    }

    pub fn get_mut(&mut self) -> &mut V {
        &mut (*self.table.__bucket(self.index)).1
    }

    pub fn into_mut(self) -> &'a mut V {
        &mut (*self.table.__bucket(self.index)).1
    }

    pub fn insert(&mut self, value: V) -> V {
        __std_mem_replace(self.get_mut(), value)
    }

    pub fn remove_entry(self) -> (K, V) {
        self.table.__remove(self.index)
    }

    pub fn remove(self) -> V {
        self.remove_entry().1
    }
}

impl<'a, K, V> HashVacantEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.key
    }

    pub fn into_key(self) -> K {
        self.key
    }

    pub fn insert(self, value: V) -> &'a mut V {
        let index = self.table.__insert_no_grow(self.hash, (self.key, value));
        &mut (*self.table.__bucket(index)).1
    }
}

/// The iterators over the full buckets, in bucket order: `$name` holds the table as `$table`
/// and makes each entry's `$item` with `$take`.
macro_rules! hash_bucket_iter {
    ($name:ident, [$($table:tt)+], [$($item:tt)+], $take:ident) => {
        pub struct $name<K, V> {
            table: $($table)+,
            next: usize,
            left: usize,
        }

        impl<K, V> Iterator for $name<K, V> {
            type Item = $($item)+;

            fn next(&mut self) -> Option<$($item)+> {
                if self.left == 0 {
                    return None;
                }
                self.left -= 1;
                let index = self.table.__next_full(&mut self.next);
                Some($take(self.table.__bucket(index)))
            }

            fn size_hint(&self) -> (usize, Option<usize>) {
                (self.left, Some(self.left))
            }
        }

        impl<K, V> ExactSizeIterator for $name<K, V> {}
    };
}

fn __entry_ref<K, V>(entry: *mut (K, V)) -> (&K, &V) {
    let entry = &*entry;
    (&entry.0, &entry.1)
}

fn __entry_mut<K, V>(entry: *mut (K, V)) -> (&K, &mut V) {
    let entry = &mut *entry;
    (&entry.0, &mut entry.1)
}

fn __entry_take<K, V>(entry: *mut (K, V)) -> (K, V) {
    *entry
}

// std's `hash_map::Iter`, `IterMut`, `IntoIter` (which owns the table: what it did not yield is
// dropped with it) and `Drain` (once dropped, the map is empty and keeps its table).
hash_bucket_iter!(HashIter, [&__RawTable<K, V>], [(&K, &V)], __entry_ref);
hash_bucket_iter!(
    HashIterMut,
    [&mut __RawTable<K, V>],
    [(&K, &mut V)],
    __entry_mut
);
hash_bucket_iter!(HashIntoIter, [__RawTable<K, V>], [(K, V)], __entry_take);
hash_bucket_iter!(HashDrain, [&mut __RawTable<K, V>], [(K, V)], __entry_take);

impl<K, V> Clone for HashIter<K, V> {
    fn clone(&self) -> HashIter<K, V> {
        HashIter {
            table: self.table,
            next: self.next,
            left: self.left,
        }
    }
}

impl<K, V> Drop for HashIntoIter<K, V> {
    fn drop(&mut self) {
        while let Some(entry) = self.next() {
            drop(entry);
        }
        self.table.items = 0;
    }
}

impl<K, V> Drop for HashDrain<K, V> {
    fn drop(&mut self) {
        while let Some(entry) = self.next() {
            drop(entry);
        }
        self.table.__clear_no_drop();
    }
}

/// The iterators over one side of the entries: `$name` wraps `$inner`, mapping each entry
/// with `$pick`.
macro_rules! hash_side_iter {
    ($name:ident, $inner:ident, $item:ty, $pick:ident) => {
        pub struct $name<K, V> {
            inner: $inner<K, V>,
        }

        impl<K, V> Iterator for $name<K, V> {
            type Item = $item;

            fn next(&mut self) -> Option<$item> {
                match self.inner.next() {
                    Some(entry) => Some($pick(entry)),
                    None => None,
                }
            }

            fn size_hint(&self) -> (usize, Option<usize>) {
                self.inner.size_hint()
            }
        }

        impl<K, V> ExactSizeIterator for $name<K, V> {}
    };
}

fn __hash_key<K, V>(entry: (K, V)) -> K {
    entry.0
}

fn __hash_value<K, V>(entry: (K, V)) -> V {
    entry.1
}

hash_side_iter!(HashKeys, HashIter, &K, __hash_key);
hash_side_iter!(HashValues, HashIter, &V, __hash_value);
hash_side_iter!(HashValuesMut, HashIterMut, &mut V, __hash_value);
hash_side_iter!(HashIntoKeys, HashIntoIter, K, __hash_key);
hash_side_iter!(HashIntoValues, HashIntoIter, V, __hash_value);
hash_side_iter!(HashDrainKeys, HashDrain, K, __hash_key);

impl<K, V> Clone for HashKeys<K, V> {
    fn clone(&self) -> HashKeys<K, V> {
        HashKeys {
            inner: self.inner.clone(),
        }
    }
}

/// std's `HashSet`: a map to `()`.
pub struct HashSet<T> {
    map: HashMap<T, ()>,
}

impl<T> HashSet<T> {
    pub fn new() -> HashSet<T> {
        HashSet {
            map: HashMap::new(),
        }
    }

    pub fn with_capacity(capacity: usize) -> HashSet<T> {
        HashSet {
            map: HashMap::with_capacity(capacity),
        }
    }

    pub fn capacity(&self) -> usize {
        self.map.capacity()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn iter(&self) -> HashKeys<T, ()> {
        self.map.keys()
    }

    pub fn clear(&mut self) {
        self.map.clear()
    }

    pub fn drain(&mut self) -> HashDrainKeys<T, ()> {
        HashDrainKeys {
            inner: self.map.drain(),
        }
    }

    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        self.map.retain(|k, _| f(k))
    }
}

impl<T: Eq + Hash> HashSet<T> {
    pub fn reserve(&mut self, additional: usize) {
        self.map.reserve(additional)
    }

    pub fn shrink_to_fit(&mut self) {
        self.map.shrink_to_fit()
    }

    pub fn insert(&mut self, value: T) -> bool {
        self.map.insert(value, ()).is_none()
    }

    pub fn contains<Q: __KeyOf<T>>(&self, value: &Q) -> bool {
        self.map.contains_key(value)
    }

    pub fn get<Q: __KeyOf<T>>(&self, value: &Q) -> Option<&T> {
        match self.map.get_key_value(value) {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    pub fn remove<Q: __KeyOf<T>>(&mut self, value: &Q) -> bool {
        self.map.remove(value).is_some()
    }

    pub fn take<Q: __KeyOf<T>>(&mut self, value: &Q) -> Option<T> {
        match self.map.remove_entry(value) {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    /// hashbrown's `union`: all of the larger set, then what the smaller adds.
    pub fn union(&self, other: &HashSet<T>) -> Chain<HashKeys<T, ()>, HashSetFilter<T>> {
        let (smaller, larger) = if self.len() <= other.len() {
            (self, other)
        } else {
            (other, self)
        };
        larger.iter().chain(smaller.difference(larger))
    }

    /// hashbrown's `intersection`: the smaller set's elements the larger contains.
    pub fn intersection(&self, other: &HashSet<T>) -> HashSetFilter<T> {
        let (smaller, larger) = if self.len() <= other.len() {
            (self, other)
        } else {
            (other, self)
        };
        HashSetFilter {
            iter: smaller.iter(),
            other: larger,
            contained: true,
        }
    }

    pub fn difference(&self, other: &HashSet<T>) -> HashSetFilter<T> {
        HashSetFilter {
            iter: self.iter(),
            other: other,
            contained: false,
        }
    }

    pub fn symmetric_difference(
        &self,
        other: &HashSet<T>,
    ) -> Chain<HashSetFilter<T>, HashSetFilter<T>> {
        self.difference(other).chain(other.difference(self))
    }

    pub fn is_subset(&self, other: &HashSet<T>) -> bool {
        if self.len() > other.len() {
            return false;
        }
        for x in self.iter() {
            if !other.contains(x) {
                return false;
            }
        }
        true
    }

    pub fn is_superset(&self, other: &HashSet<T>) -> bool {
        other.is_subset(self)
    }

    pub fn is_disjoint(&self, other: &HashSet<T>) -> bool {
        let (smaller, larger) = if self.len() <= other.len() {
            (self, other)
        } else {
            (other, self)
        };
        for x in smaller.iter() {
            if larger.contains(x) {
                return false;
            }
        }
        true
    }
}

impl<T> Default for HashSet<T> {
    fn default() -> HashSet<T> {
        HashSet::new()
    }
}

/// std's `hash_set::Difference` (`contained` false: this set's elements the other lacks) and
/// `Intersection` (`contained` true: those it has).
pub struct HashSetFilter<T> {
    iter: HashKeys<T, ()>,
    other: &HashSet<T>,
    contained: bool,
}

impl<T: Eq + Hash> Iterator for HashSetFilter<T> {
    type Item = &T;

    fn next(&mut self) -> Option<&T> {
        while let Some(x) = self.iter.next() {
            if self.other.contains(x) == self.contained {
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

impl<T> IntoIterator for HashSet<T> {
    type Item = T;
    type IntoIter = HashIntoKeys<T, ()>;

    fn into_iter(self) -> HashIntoKeys<T, ()> {
        self.map.into_keys()
    }
}

impl<T> IntoIterator for &HashSet<T> {
    type Item = &T;
    type IntoIter = HashKeys<T, ()>;

    fn into_iter(self) -> HashKeys<T, ()> {
        self.iter()
    }
}

impl<T: Eq + Hash> Extend<T> for HashSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.map.extend(iter.into_iter().map(|k| (k, ())))
    }
}

impl<T: Eq + Hash, const N: usize> From<[T; N]> for HashSet<T> {
    fn from(arr: [T; N]) -> HashSet<T> {
        let mut set = HashSet::new();
        set.extend(arr);
        set
    }
}

impl<T: Eq + Hash> FromIterator<T> for HashSet<T> {
    fn __from_iter<I: Iterator<Item = T>>(iter: I, witness: Option<T>) -> HashSet<T> {
        let mut set = HashSet::new();
        set.extend(iter);
        set
    }
}

impl<T: Clone> Clone for HashSet<T> {
    fn clone(&self) -> HashSet<T> {
        HashSet {
            map: self.map.clone(),
        }
    }
}
