//! The combinators of `Option` and `Result`, written as core/option.rs and core/result.rs write
//! them (the basic methods live in core.rs).

/// `Option::as_deref` for the owners whose `Deref` std has (String, Vec, Box); stackheap has
/// no general `Deref` yet.
impl Option<String> {
    pub fn as_deref(&self) -> Option<&str> {
        match self {
            Some(s) => Some(s.as_str()),
            None => None,
        }
    }
}

impl<T> Option<Vec<T>> {
    pub fn as_deref(&self) -> Option<&[T]> {
        match self {
            Some(v) => Some(&v[..]),
            None => None,
        }
    }
}

impl<T> Option<Box<T>> {
    pub fn as_deref(&self) -> Option<&T> {
        match self {
            Some(b) => Some(&**b),
            None => None,
        }
    }
}

impl<T> Option<T> {
    pub fn is_some_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            None => false,
            Some(x) => f(x),
        }
    }

    pub fn is_none_or<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            None => true,
            Some(x) => f(x),
        }
    }

    pub fn unwrap_or_else<F: FnOnce() -> T>(self, f: F) -> T {
        match self {
            Some(x) => x,
            None => f(),
        }
    }

    pub fn unwrap_or_default(self) -> T {
        match self {
            Some(x) => x,
            None => Default::default(),
        }
    }

    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Option<U> {
        match self {
            Some(x) => Some(f(x)),
            None => None,
        }
    }

    pub fn inspect<F: FnOnce(&T)>(self, f: F) -> Option<T> {
        if let Some(x) = &self {
            f(x);
        }
        self
    }

    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Some(t) => f(t),
            None => default,
        }
    }

    pub fn map_or_else<U, D: FnOnce() -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U {
        match self {
            Some(t) => f(t),
            None => default(),
        }
    }

    pub fn ok_or_else<E, F: FnOnce() -> E>(self, err: F) -> Result<T, E> {
        match self {
            Some(v) => Ok(v),
            None => Err(err()),
        }
    }

    pub fn and<U>(self, optb: Option<U>) -> Option<U> {
        match self {
            Some(_) => optb,
            None => None,
        }
    }

    pub fn and_then<U, F: FnOnce(T) -> Option<U>>(self, f: F) -> Option<U> {
        match self {
            Some(x) => f(x),
            None => None,
        }
    }

    pub fn filter<P: FnOnce(&T) -> bool>(self, predicate: P) -> Option<T> {
        if let Some(x) = self {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }

    pub fn or(self, optb: Option<T>) -> Option<T> {
        match self {
            x @ Some(_) => x,
            None => optb,
        }
    }

    pub fn or_else<F: FnOnce() -> Option<T>>(self, f: F) -> Option<T> {
        match self {
            x @ Some(_) => x,
            None => f(),
        }
    }

    pub fn xor(self, optb: Option<T>) -> Option<T> {
        match (self, optb) {
            (a @ Some(_), None) => a,
            (None, b @ Some(_)) => b,
            _ => None,
        }
    }

    pub fn insert(&mut self, value: T) -> &mut T {
        *self = Some(value);
        match self {
            Some(v) => v,
            None => unreachable!(),
        }
    }

    pub fn get_or_insert(&mut self, value: T) -> &mut T {
        if let None = self {
            *self = Some(value);
        }
        match self {
            Some(v) => v,
            None => unreachable!(),
        }
    }

    pub fn get_or_insert_with<F: FnOnce() -> T>(&mut self, f: F) -> &mut T {
        if let None = self {
            *self = Some(f());
        }
        match self {
            Some(v) => v,
            None => unreachable!(),
        }
    }

    pub fn take(&mut self) -> Option<T> {
        __mem_replace(self, None)
    }

    pub fn take_if<P: FnOnce(&mut T) -> bool>(&mut self, predicate: P) -> Option<T> {
        let hit = match self {
            Some(v) => predicate(v),
            None => false,
        };
        if hit { self.take() } else { None }
    }

    pub fn replace(&mut self, value: T) -> Option<T> {
        __mem_replace(self, Some(value))
    }

    pub fn zip<U>(self, other: Option<U>) -> Option<(T, U)> {
        match (self, other) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        }
    }

    pub fn iter(&self) -> __OptionIter<&T> {
        __OptionIter {
            inner: self.as_ref(),
        }
    }

    pub fn iter_mut(&mut self) -> __OptionIter<&mut T> {
        __OptionIter {
            inner: self.as_mut(),
        }
    }
}

impl<T> Option<&T> {
    pub fn copied(self) -> Option<T> {
        match self {
            Some(&v) => Some(v),
            None => None,
        }
    }

    pub fn cloned(self) -> Option<T> {
        match self {
            Some(t) => Some(__intrinsic_clone::<T, T>(t)),
            None => None,
        }
    }
}

impl<T> Option<&mut T> {
    pub fn copied(self) -> Option<T> {
        match self {
            Some(&mut v) => Some(v),
            None => None,
        }
    }

    pub fn cloned(self) -> Option<T> {
        match self {
            Some(t) => Some(__intrinsic_clone::<T, T>(t)),
            None => None,
        }
    }
}

impl<T> Option<Option<T>> {
    pub fn flatten(self) -> Option<T> {
        match self {
            Some(inner) => inner,
            None => None,
        }
    }
}

impl<T, E> Option<Result<T, E>> {
    pub fn transpose(self) -> Result<Option<T>, E> {
        match self {
            Some(Ok(x)) => Ok(Some(x)),
            Some(Err(e)) => Err(e),
            None => Ok(None),
        }
    }
}

/// `Option::iter`, `iter_mut` and `into_iter`: at most one item.
pub struct __OptionIter<A> {
    inner: Option<A>,
}

impl<A> Iterator for __OptionIter<A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        self.inner.take()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.inner.is_some() { 1 } else { 0 };
        (n, Some(n))
    }

    fn __trusted_len(&self) -> bool {
        true
    }
}

impl<A> DoubleEndedIterator for __OptionIter<A> {
    fn next_back(&mut self) -> Option<A> {
        self.inner.take()
    }
}

impl<A> ExactSizeIterator for __OptionIter<A> {}

impl<T> IntoIterator for Option<T> {
    type Item = T;
    type IntoIter = __OptionIter<T>;

    fn into_iter(self) -> __OptionIter<T> {
        __OptionIter { inner: self }
    }
}

impl<'a, T> IntoIterator for &'a Option<T> {
    type Item = &'a T;
    type IntoIter = __OptionIter<&'a T>;

    fn into_iter(self) -> __OptionIter<&'a T> {
        __OptionIter {
            inner: self.as_ref(),
        }
    }
}

/// `std::mem::replace` for the prelude's own use: moving out of `*dest` leaves it
/// uninitialised (its drop flag cleared), so the assignment drops nothing.
fn __mem_replace<T>(dest: &mut T, src: T) -> T {
    let old = *dest;
    *dest = src;
    old
}

impl<T, E> Result<T, E> {
    pub fn is_ok_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Err(_) => false,
            Ok(x) => f(x),
        }
    }

    pub fn is_err_and<F: FnOnce(E) -> bool>(self, f: F) -> bool {
        match self {
            Ok(_) => false,
            Err(e) => f(e),
        }
    }

    pub fn as_mut(&mut self) -> Result<&mut T, &mut E> {
        match self {
            Ok(x) => Ok(x),
            Err(e) => Err(e),
        }
    }

    pub fn map<U, F: FnOnce(T) -> U>(self, op: F) -> Result<U, E> {
        match self {
            Ok(t) => Ok(op(t)),
            Err(e) => Err(e),
        }
    }

    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Ok(t) => f(t),
            Err(_) => default,
        }
    }

    pub fn map_or_else<U, D: FnOnce(E) -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U {
        match self {
            Ok(t) => f(t),
            Err(e) => default(e),
        }
    }

    pub fn map_err<F, O: FnOnce(E) -> F>(self, op: O) -> Result<T, F> {
        match self {
            Ok(t) => Ok(t),
            Err(e) => Err(op(e)),
        }
    }

    pub fn inspect<F: FnOnce(&T)>(self, f: F) -> Result<T, E> {
        if let Ok(t) = &self {
            f(t);
        }
        self
    }

    pub fn inspect_err<F: FnOnce(&E)>(self, f: F) -> Result<T, E> {
        if let Err(e) = &self {
            f(e);
        }
        self
    }

    pub fn iter(&self) -> __OptionIter<&T> {
        match self {
            Ok(x) => __OptionIter { inner: Some(x) },
            Err(_) => __OptionIter { inner: None },
        }
    }

    pub fn and<U>(self, res: Result<U, E>) -> Result<U, E> {
        match self {
            Ok(_) => res,
            Err(e) => Err(e),
        }
    }

    pub fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, op: F) -> Result<U, E> {
        match self {
            Ok(t) => op(t),
            Err(e) => Err(e),
        }
    }

    pub fn or<F>(self, res: Result<T, F>) -> Result<T, F> {
        match self {
            Ok(v) => Ok(v),
            Err(_) => res,
        }
    }

    pub fn or_else<F, O: FnOnce(E) -> Result<T, F>>(self, op: O) -> Result<T, F> {
        match self {
            Ok(t) => Ok(t),
            Err(e) => op(e),
        }
    }

    pub fn unwrap_or_else<F: FnOnce(E) -> T>(self, op: F) -> T {
        match self {
            Ok(t) => t,
            Err(e) => op(e),
        }
    }

    pub fn unwrap_or_default(self) -> T {
        match self {
            Ok(x) => x,
            Err(_) => Default::default(),
        }
    }
}

impl<T: Debug, E> Result<T, E> {
    pub fn expect_err(self, msg: &str) -> E {
        match self {
            Ok(t) => panic!("{}: {:?}", msg, t),
            Err(e) => e,
        }
    }

    pub fn unwrap_err(self) -> E {
        match self {
            Ok(t) => panic!("called `Result::unwrap_err()` on an `Ok` value: {:?}", t),
            Err(e) => e,
        }
    }
}

impl<T, E> Result<&T, E> {
    pub fn copied(self) -> Result<T, E> {
        match self {
            Ok(&v) => Ok(v),
            Err(e) => Err(e),
        }
    }

    pub fn cloned(self) -> Result<T, E> {
        match self {
            Ok(t) => Ok(__intrinsic_clone::<T, T>(t)),
            Err(e) => Err(e),
        }
    }
}

impl<T, E> Result<Option<T>, E> {
    pub fn transpose(self) -> Option<Result<T, E>> {
        match self {
            Ok(Some(x)) => Some(Ok(x)),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        }
    }
}

impl<T, E> IntoIterator for Result<T, E> {
    type Item = T;
    type IntoIter = __OptionIter<T>;

    fn into_iter(self) -> __OptionIter<T> {
        __OptionIter { inner: self.ok() }
    }
}
