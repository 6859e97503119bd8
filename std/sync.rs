//! Synchronisation, in std's shapes: a `Mutex` is its lock word (a futex), its poison flag and
//! its data; atomics are their value; a channel is a queue of messages in the heap, shared by
//! its ends through an `Arc`. The machine's scheduler never switches threads inside std's
//! functions except where they wait (`__intrinsic_thread_wait`), so a read-modify-write here is
//! atomic; a wait gives way until another thread notifies the same place.

fn __intrinsic_thread_panicking() -> bool {
    unreachable!()
}

/// `std::sync::atomic::Ordering` (named so apart from `cmp::Ordering`; paths through
/// `sync::atomic` name it `Ordering`). The machine's threads interleave whole statements, so
/// every ordering behaves as `SeqCst`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum AtomicOrdering {
    Relaxed,
    Release,
    Acquire,
    AcqRel,
    SeqCst,
}

macro_rules! atomic_int {
    ($name:ident, $t:ty) => {
        pub struct $name {
            v: $t,
        }

        impl $name {
            pub fn new(v: $t) -> $name {
                $name { v }
            }

            pub fn load(&self, _order: AtomicOrdering) -> $t {
                self.v
            }

            pub fn store(&self, val: $t, _order: AtomicOrdering) {
                let p = __intrinsic_ptr_from_ref::<$t>(&self.v);
                *p = val;
            }

            pub fn swap(&self, val: $t, _order: AtomicOrdering) -> $t {
                let p = __intrinsic_ptr_from_ref::<$t>(&self.v);
                let old = *p;
                *p = val;
                old
            }

            pub fn fetch_add(&self, val: $t, _order: AtomicOrdering) -> $t {
                let p = __intrinsic_ptr_from_ref::<$t>(&self.v);
                let old = *p;
                *p = old.wrapping_add(val);
                old
            }

            pub fn fetch_sub(&self, val: $t, _order: AtomicOrdering) -> $t {
                let p = __intrinsic_ptr_from_ref::<$t>(&self.v);
                let old = *p;
                *p = old.wrapping_sub(val);
                old
            }

            pub fn fetch_max(&self, val: $t, _order: AtomicOrdering) -> $t {
                let p = __intrinsic_ptr_from_ref::<$t>(&self.v);
                let old = *p;
                if val > old {
                    *p = val;
                }
                old
            }

            pub fn fetch_min(&self, val: $t, _order: AtomicOrdering) -> $t {
                let p = __intrinsic_ptr_from_ref::<$t>(&self.v);
                let old = *p;
                if val < old {
                    *p = val;
                }
                old
            }

            pub fn compare_exchange(
                &self,
                current: $t,
                new: $t,
                _success: AtomicOrdering,
                _failure: AtomicOrdering,
            ) -> Result<$t, $t> {
                let p = __intrinsic_ptr_from_ref::<$t>(&self.v);
                let old = *p;
                if old == current {
                    *p = new;
                    Ok(old)
                } else {
                    Err(old)
                }
            }

            pub fn compare_exchange_weak(
                &self,
                current: $t,
                new: $t,
                success: AtomicOrdering,
                failure: AtomicOrdering,
            ) -> Result<$t, $t> {
                self.compare_exchange(current, new, success, failure)
            }

            pub fn get_mut(&mut self) -> &mut $t {
                &mut self.v
            }

            pub fn into_inner(self) -> $t {
                self.v
            }
        }

        impl Debug for $name {
            fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
                __intrinsic_fmt_debug(&self.v, f)
            }
        }

        impl Default for $name {
            fn default() -> $name {
                $name::new(0)
            }
        }
    };
}

atomic_int!(AtomicI8, i8);
atomic_int!(AtomicU8, u8);
atomic_int!(AtomicI16, i16);
atomic_int!(AtomicU16, u16);
atomic_int!(AtomicI32, i32);
atomic_int!(AtomicU32, u32);
atomic_int!(AtomicI64, i64);
atomic_int!(AtomicU64, u64);
atomic_int!(AtomicIsize, isize);
atomic_int!(AtomicUsize, usize);

pub struct AtomicBool {
    v: bool,
}

impl AtomicBool {
    pub fn new(v: bool) -> AtomicBool {
        AtomicBool { v }
    }

    pub fn load(&self, _order: AtomicOrdering) -> bool {
        self.v
    }

    pub fn store(&self, val: bool, _order: AtomicOrdering) {
        let p = __intrinsic_ptr_from_ref::<bool>(&self.v);
        *p = val;
    }

    pub fn swap(&self, val: bool, _order: AtomicOrdering) -> bool {
        let p = __intrinsic_ptr_from_ref::<bool>(&self.v);
        let old = *p;
        *p = val;
        old
    }

    pub fn fetch_or(&self, val: bool, _order: AtomicOrdering) -> bool {
        let p = __intrinsic_ptr_from_ref::<bool>(&self.v);
        let old = *p;
        *p = old || val;
        old
    }

    pub fn fetch_and(&self, val: bool, _order: AtomicOrdering) -> bool {
        let p = __intrinsic_ptr_from_ref::<bool>(&self.v);
        let old = *p;
        *p = old && val;
        old
    }

    pub fn compare_exchange(
        &self,
        current: bool,
        new: bool,
        _success: AtomicOrdering,
        _failure: AtomicOrdering,
    ) -> Result<bool, bool> {
        let p = __intrinsic_ptr_from_ref::<bool>(&self.v);
        let old = *p;
        if old == current {
            *p = new;
            Ok(old)
        } else {
            Err(old)
        }
    }

    pub fn get_mut(&mut self) -> &mut bool {
        &mut self.v
    }

    pub fn into_inner(self) -> bool {
        self.v
    }
}

impl Debug for AtomicBool {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_debug(&self.v, f)
    }
}

impl Default for AtomicBool {
    fn default() -> AtomicBool {
        AtomicBool::new(false)
    }
}

/// The lock word of std's futex mutex: 0 unlocked, 1 locked (2, locked with waiters, is the
/// futex's own business: the machine's scheduler keeps the waiters).
struct __FutexMutex {
    futex: AtomicU32,
}

/// A `Mutex`'s or `RwLock`'s poison flag: set when a guard is dropped by a panicking thread.
struct __PoisonFlag {
    failed: AtomicBool,
}

pub struct PoisonError<T> {
    data: T,
}

impl<T> PoisonError<T> {
    pub fn new(data: T) -> PoisonError<T> {
        PoisonError { data }
    }

    pub fn into_inner(self) -> T {
        self.data
    }

    pub fn get_ref(&self) -> &T {
        &self.data
    }

    pub fn get_mut(&mut self) -> &mut T {
        &mut self.data
    }
}

impl<T> Debug for PoisonError<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.debug_struct("PoisonError").finish_non_exhaustive()
    }
}

impl<T> Display for PoisonError<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.write_str("poisoned lock: another task failed inside")
    }
}

pub enum TryLockError<T> {
    Poisoned(PoisonError<T>),
    WouldBlock,
}

impl<T> Debug for TryLockError<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        match self {
            TryLockError::Poisoned(..) => f.write_str("Poisoned(..)"),
            TryLockError::WouldBlock => f.write_str("WouldBlock"),
        }
    }
}

pub struct Mutex<T> {
    inner: __FutexMutex,
    poison: __PoisonFlag,
    data: T,
}

/// Whether the guard's thread was panicking when it took the lock (std's `poison::Guard`).
struct __PoisonGuard {
    panicking: bool,
}

pub struct MutexGuard<'a, T> {
    lock: &'a Mutex<T>,
    poison: __PoisonGuard,
}

impl<T> Mutex<T> {
    pub fn new(t: T) -> Mutex<T> {
        Mutex {
            inner: __FutexMutex {
                futex: AtomicU32::new(0),
            },
            poison: __PoisonFlag {
                failed: AtomicBool::new(false),
            },
            data: t,
        }
    }

    pub fn lock(&self) -> Result<MutexGuard<T>, PoisonError<MutexGuard<T>>> {
        while self
            .inner
            .futex
            .compare_exchange(0, 1, AtomicOrdering::Acquire, AtomicOrdering::Relaxed)
            .is_err()
        {
            __intrinsic_thread_wait(&self.inner);
        }
        self.guard()
    }

    pub fn try_lock(&self) -> Result<MutexGuard<T>, TryLockError<MutexGuard<T>>> {
        if self
            .inner
            .futex
            .compare_exchange(0, 1, AtomicOrdering::Acquire, AtomicOrdering::Relaxed)
            .is_err()
        {
            return Err(TryLockError::WouldBlock);
        }
        match self.guard() {
            Ok(guard) => Ok(guard),
            Err(e) => Err(TryLockError::Poisoned(e)),
        }
    }

    fn guard(&self) -> Result<MutexGuard<T>, PoisonError<MutexGuard<T>>> {
        let guard = MutexGuard {
            lock: self,
            poison: __PoisonGuard {
                panicking: __intrinsic_thread_panicking(),
            },
        };
        if self.poison.failed.load(AtomicOrdering::Relaxed) {
            Err(PoisonError { data: guard })
        } else {
            Ok(guard)
        }
    }

    pub fn is_poisoned(&self) -> bool {
        self.poison.failed.load(AtomicOrdering::Relaxed)
    }

    pub fn clear_poison(&self) {
        self.poison.failed.store(false, AtomicOrdering::Relaxed);
    }

    pub fn into_inner(self) -> Result<T, PoisonError<T>> {
        let poisoned = self.poison.failed.load(AtomicOrdering::Relaxed);
        if poisoned {
            Err(PoisonError { data: self.data })
        } else {
            Ok(self.data)
        }
    }

    pub fn get_mut(&mut self) -> Result<&mut T, PoisonError<&mut T>> {
        let poisoned = self.poison.failed.load(AtomicOrdering::Relaxed);
        if poisoned {
            Err(PoisonError {
                data: &mut self.data,
            })
        } else {
            Ok(&mut self.data)
        }
    }
}

impl<T: Default> Default for Mutex<T> {
    fn default() -> Mutex<T> {
        Mutex::new(T::default())
    }
}

/// What a locked `Mutex`'s `Debug` shows for its data.
struct __LockedPlaceholder;

impl Debug for __LockedPlaceholder {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.write_str("<locked>")
    }
}

impl<T: Debug> Debug for Mutex<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        let mut d = f.debug_struct("Mutex");
        if self.inner.futex.load(AtomicOrdering::Relaxed) == 0 {
            d.field("data", &self.data);
        } else {
            d.field("data", &__LockedPlaceholder);
        }
        d.field("poisoned", &self.poison.failed.load(AtomicOrdering::Relaxed));
        d.finish_non_exhaustive()
    }
}

impl<'a, T> Deref for MutexGuard<'a, T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.lock.data
    }
}

impl<'a, T> DerefMut for MutexGuard<'a, T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut *__intrinsic_ptr_from_ref::<T>(&self.lock.data)
    }
}

impl<'a, T> Drop for MutexGuard<'a, T> {
    fn drop(&mut self) {
        if !self.poison.panicking && __intrinsic_thread_panicking() {
            self.lock.poison.failed.store(true, AtomicOrdering::Relaxed);
        }
        self.lock.inner.futex.store(0, AtomicOrdering::Release);
        __intrinsic_thread_notify(&self.lock.inner);
    }
}

impl<'a, T: Debug> Debug for MutexGuard<'a, T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_debug(&self.lock.data, f)
    }
}

impl<'a, T: Display> Display for MutexGuard<'a, T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_display(&self.lock.data, f)
    }
}
