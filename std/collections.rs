//! What the maps share: keys a lookup with a `&Q` can find (std's `Borrow`: `String` keys looked
//! up with `&str`). HashMap and HashSet are in hash_map.rs (hashbrown's table), BTreeMap and
//! BTreeSet in btree.rs (std's B-tree).

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
