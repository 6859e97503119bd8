//! HashMap and HashSet (BTreeMap and BTreeSet are std/btree.rs). Entries live in a `Vec` of
//! pairs in insertion order (std's order is random per run, so programs cannot depend on it).
//! Keys are compared with `==`; `get` and friends take any `Q` comparable with the key, as std's
//! `Borrow` allows (`String` keys looked up with `&str`), and so do the B-tree's lookups (with
//! `Ord`). The machine formats the maps as `{k: v}` and the sets as `{x}`.

/// Keys that a lookup with a `&Q` can find: the key type itself, and `str` for `String` keys
/// (std's `Borrow`).
pub trait __KeyOf<K> {
    fn __key_eq(&self, key: &K) -> bool;
    fn __key_cmp(&self, key: &K) -> i8;
}

impl<K: PartialEq> __KeyOf<K> for K {
    fn __key_eq(&self, key: &K) -> bool {
        self == key
    }

    fn __key_cmp(&self, key: &K) -> i8 {
        __intrinsic_cmp::<K>(self, key)
    }
}

impl __KeyOf<String> for str {
    fn __key_eq(&self, key: &String) -> bool {
        self == key.as_str()
    }

    fn __key_cmp(&self, key: &String) -> i8 {
        __intrinsic_cmp::<str>(self, key.as_str())
    }
}

impl __KeyOf<&str> for str {
    fn __key_eq(&self, key: &&str) -> bool {
        self == *key
    }

    fn __key_cmp(&self, key: &&str) -> i8 {
        __intrinsic_cmp::<str>(self, *key)
    }
}

impl __KeyOf<String> for &str {
    fn __key_eq(&self, key: &String) -> bool {
        *self == key.as_str()
    }

    fn __key_cmp(&self, key: &String) -> i8 {
        __intrinsic_cmp::<str>(*self, key.as_str())
    }
}

pub struct HashMap<K, V> {
    entries: Vec<(K, V)>,
}

/// A map's methods and trait impls: `$bound` is what its keys need, `$position` the macro that
/// writes its `__position`, where a key is or would be inserted (`Ok` or `Err` of the index).
macro_rules! map_impls {
    ($name:ident, [$($bound:tt)+], $position:ident) => {
impl<K: $($bound)+, V> $name<K, V> {
    pub fn new() -> $name<K, V> {
        $name { entries: Vec::new() }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.len() == 0
    }

    pub fn clear(&mut self) {
        self.entries.clear()
    }

    $position!();


    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.__position(&key) {
            Ok(i) => Some(__std_mem_replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    pub fn get<Q: __KeyOf<K>>(&self, key: &Q) -> Option<&V> {
        match self.__position(key) {
            Ok(i) => Some(&self.entries[i].1),
            Err(_) => None,
        }
    }

    pub fn get_mut<Q: __KeyOf<K>>(&mut self, key: &Q) -> Option<&mut V> {
        match self.__position(key) {
            Ok(i) => Some(&mut self.entries[i].1),
            Err(_) => None,
        }
    }

    pub fn get_key_value<Q: __KeyOf<K>>(&self, key: &Q) -> Option<(&K, &V)> {
        match self.__position(key) {
            Ok(i) => Some((&self.entries[i].0, &self.entries[i].1)),
            Err(_) => None,
        }
    }

    pub fn contains_key<Q: __KeyOf<K>>(&self, key: &Q) -> bool {
        self.__position(key).is_ok()
    }

    pub fn remove<Q: __KeyOf<K>>(&mut self, key: &Q) -> Option<V> {
        match self.__position(key) {
            Ok(i) => Some(self.entries.remove(i).1),
            Err(_) => None,
        }
    }

    pub fn remove_entry<Q: __KeyOf<K>>(&mut self, key: &Q) -> Option<(K, V)> {
        match self.__position(key) {
            Ok(i) => Some(self.entries.remove(i)),
            Err(_) => None,
        }
    }

    pub fn entry(&mut self, key: K) -> Entry<K, V> {
        let slot = self.__position(&key);
        Entry { entries: &mut self.entries, key: key, slot: slot }
    }

    pub fn keys(&self) -> Keys<K, V> {
        Keys { entries: &self.entries, pos: 0 }
    }

    pub fn values(&self) -> Values<K, V> {
        Values { entries: &self.entries, pos: 0 }
    }

    pub fn values_mut(&mut self) -> ValuesMut<K, V> {
        ValuesMut { entries: &mut self.entries, pos: 0 }
    }

    pub fn iter(&self) -> MapIter<K, V> {
        MapIter { entries: &self.entries, pos: 0 }
    }

    pub fn iter_mut(&mut self) -> MapIterMut<K, V> {
        MapIterMut { entries: &mut self.entries, pos: 0 }
    }

    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut f: F) {
        let mut i = 0;
        while i < self.entries.len() {
            let keep = {
                let entry = &mut self.entries[i];
                f(&entry.0, &mut entry.1)
            };
            if keep {
                i += 1;
            } else {
                self.entries.remove(i);
            }
        }
    }
}

impl<K: $($bound)+, V> IntoIterator for $name<K, V> {
    type Item = (K, V);
    type IntoIter = IntoIter<(K, V)>;

    fn into_iter(self) -> IntoIter<(K, V)> {
        self.entries.into_iter()
    }
}

impl<K: $($bound)+, V> IntoIterator for &$name<K, V> {
    type Item = (&K, &V);
    type IntoIter = MapIter<K, V>;

    fn into_iter(self) -> MapIter<K, V> {
        MapIter { entries: &self.entries, pos: 0 }
    }
}

impl<K: $($bound)+, V> IntoIterator for &mut $name<K, V> {
    type Item = (&K, &mut V);
    type IntoIter = MapIterMut<K, V>;

    fn into_iter(self) -> MapIterMut<K, V> {
        MapIterMut { entries: &mut self.entries, pos: 0 }
    }
}

impl<K: $($bound)+, V> FromIterator<(K, V)> for $name<K, V> {
    fn __from_iter<I: Iterator<Item = (K, V)>>(mut iter: I, witness: Option<(K, V)>) -> $name<K, V> {
        let mut map = $name::new();
        while let Some((k, v)) = iter.next() {
            map.insert(k, v);
        }
        map
    }
}

impl<K: $($bound)+, V, Q: __KeyOf<K>> Index<&Q> for $name<K, V> {
    type Output = V;

    fn index(&self, key: &Q) -> &V {
        match self.__position(key) {
            Ok(i) => &self.entries[i].1,
            Err(_) => panic!("no entry found for key"),
        }
    }
}

impl<K: $($bound)+ + Clone, V: Clone> Clone for $name<K, V> {
    fn clone(&self) -> $name<K, V> {
        $name { entries: self.entries.clone() }
    }
}
    };
}

/// A hash map looks for a key from the first entry on: its entries keep insertion order.
macro_rules! hash_map_position {
    () => {
        fn __position<Q: __KeyOf<K>>(&self, key: &Q) -> Result<usize, usize> {
            let mut i = 0;
            while i < self.entries.len() {
                if Q::__key_eq(key, &self.entries[i].0) {
                    return Ok(i);
                }
                i += 1;
            }
            Err(self.entries.len())
        }
    };
}

map_impls!(HashMap, [Eq + Hash], hash_map_position);

pub struct Entry<K, V> {
    entries: &mut Vec<(K, V)>,
    key: K,
    slot: Result<usize, usize>,
}

impl<K, V> Entry<K, V> {
    pub fn key(&self) -> &K {
        &self.key
    }

    pub fn or_insert(self, default: V) -> &mut V {
        match self.slot {
            Ok(i) => &mut self.entries[i].1,
            Err(i) => {
                self.entries.insert(i, (self.key, default));
                &mut self.entries[i].1
            }
        }
    }

    pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &mut V {
        match self.slot {
            Ok(i) => &mut self.entries[i].1,
            Err(i) => {
                self.entries.insert(i, (self.key, default()));
                &mut self.entries[i].1
            }
        }
    }

    pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &mut V {
        match self.slot {
            Ok(i) => &mut self.entries[i].1,
            Err(i) => {
                let value = default(&self.key);
                self.entries.insert(i, (self.key, value));
                &mut self.entries[i].1
            }
        }
    }

    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<K, V> {
        match self.slot {
            Ok(i) => f(&mut self.entries[i].1),
            Err(_) => {}
        }
        self
    }
}

impl<K, V: Default> Entry<K, V> {
    pub fn or_default(self) -> &mut V {
        match self.slot {
            Ok(i) => &mut self.entries[i].1,
            Err(i) => {
                self.entries.insert(i, (self.key, Default::default()));
                &mut self.entries[i].1
            }
        }
    }
}

pub struct Keys<K, V> {
    entries: &Vec<(K, V)>,
    pos: usize,
}

impl<K, V> Iterator for Keys<K, V> {
    type Item = &K;

    fn next(&mut self) -> Option<&K> {
        if self.pos < self.entries.len() {
            self.pos += 1;
            Some(&self.entries[self.pos - 1].0)
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.entries.len() - self.pos;
        (n, Some(n))
    }
}

pub struct Values<K, V> {
    entries: &Vec<(K, V)>,
    pos: usize,
}

impl<K, V> Iterator for Values<K, V> {
    type Item = &V;

    fn next(&mut self) -> Option<&V> {
        if self.pos < self.entries.len() {
            self.pos += 1;
            Some(&self.entries[self.pos - 1].1)
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.entries.len() - self.pos;
        (n, Some(n))
    }
}

pub struct ValuesMut<K, V> {
    entries: &mut Vec<(K, V)>,
    pos: usize,
}

impl<K, V> Iterator for ValuesMut<K, V> {
    type Item = &mut V;

    fn next(&mut self) -> Option<&mut V> {
        if self.pos < self.entries.len() {
            self.pos += 1;
            Some(&mut self.entries[self.pos - 1].1)
        } else {
            None
        }
    }
}

pub struct MapIter<K, V> {
    entries: &Vec<(K, V)>,
    pos: usize,
}

impl<K, V> Iterator for MapIter<K, V> {
    type Item = (&K, &V);

    fn next(&mut self) -> Option<(&K, &V)> {
        if self.pos < self.entries.len() {
            self.pos += 1;
            let e = &self.entries[self.pos - 1];
            Some((&e.0, &e.1))
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.entries.len() - self.pos;
        (n, Some(n))
    }
}

pub struct MapIterMut<K, V> {
    entries: &mut Vec<(K, V)>,
    pos: usize,
}

impl<K, V> Iterator for MapIterMut<K, V> {
    type Item = (&K, &mut V);

    fn next(&mut self) -> Option<(&K, &mut V)> {
        if self.pos < self.entries.len() {
            self.pos += 1;
            let e = &mut self.entries[self.pos - 1];
            Some((&e.0, &mut e.1))
        } else {
            None
        }
    }
}

pub struct SetIntoIter<T> {
    inner: IntoIter<(T, ())>,
}

impl<T> Iterator for SetIntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        match self.inner.next() {
            Some((v, _)) => Some(v),
            None => None,
        }
    }
}

/// A set: a map to `()`.
macro_rules! set_impls {
    ($name:ident, $map:ident, [$($bound:tt)+]) => {
pub struct $name<T> {
    map: $map<T, ()>,
}

impl<T: $($bound)+> $name<T> {
    pub fn new() -> $name<T> {
        $name { map: $map::new() }
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.len() == 0
    }

    pub fn insert(&mut self, value: T) -> bool {
        match self.map.__position(&value) {
            Ok(_) => false,
            Err(i) => {
                self.map.entries.insert(i, (value, ()));
                true
            }
        }
    }

    pub fn contains<Q: __KeyOf<T>>(&self, value: &Q) -> bool {
        self.map.contains_key(value)
    }

    pub fn remove<Q: __KeyOf<T>>(&mut self, value: &Q) -> bool {
        self.map.remove(value).is_some()
    }

    pub fn iter(&self) -> Keys<T, ()> {
        self.map.keys()
    }

    pub fn clear(&mut self) {
        self.map.clear()
    }

    pub fn union(&self, other: &$name<T>) -> IntoIter<&T> {
        let mut out = Vec::new();
        for (k, _) in self.map.entries.iter() {
            out.push(k);
        }
        for (k, _) in other.map.entries.iter() {
            if !self.contains(k) {
                out.push(k);
            }
        }
        out.into_iter()
    }

    pub fn intersection(&self, other: &$name<T>) -> IntoIter<&T> {
        let mut out = Vec::new();
        for (k, _) in self.map.entries.iter() {
            if other.contains(k) {
                out.push(k);
            }
        }
        out.into_iter()
    }

    pub fn difference(&self, other: &$name<T>) -> IntoIter<&T> {
        let mut out = Vec::new();
        for (k, _) in self.map.entries.iter() {
            if !other.contains(k) {
                out.push(k);
            }
        }
        out.into_iter()
    }

    pub fn is_subset(&self, other: &$name<T>) -> bool {
        for (k, _) in self.map.entries.iter() {
            if !other.contains(k) {
                return false;
            }
        }
        true
    }
}

impl<T: $($bound)+> IntoIterator for $name<T> {
    type Item = T;
    type IntoIter = SetIntoIter<T>;

    fn into_iter(self) -> SetIntoIter<T> {
        SetIntoIter { inner: self.map.entries.into_iter() }
    }
}

impl<T: $($bound)+> IntoIterator for &$name<T> {
    type Item = &T;
    type IntoIter = Keys<T, ()>;

    fn into_iter(self) -> Keys<T, ()> {
        self.map.keys()
    }
}

impl<T: $($bound)+> FromIterator<T> for $name<T> {
    fn __from_iter<I: Iterator<Item = T>>(mut iter: I, witness: Option<T>) -> $name<T> {
        let mut set = $name::new();
        while let Some(v) = iter.next() {
            set.insert(v);
        }
        set
    }
}

impl<T: $($bound)+ + Clone> Clone for $name<T> {
    fn clone(&self) -> $name<T> {
        $name { map: self.map.clone() }
    }
}
    };
}

set_impls!(HashSet, HashMap, [Eq + Hash]);
