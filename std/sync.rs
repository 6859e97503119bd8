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

impl __PoisonFlag {
    fn new() -> __PoisonFlag {
        __PoisonFlag {
            failed: AtomicBool::new(false),
        }
    }

    fn get(&self) -> bool {
        self.failed.load(AtomicOrdering::Relaxed)
    }

    /// std's `poison::map_result`: `data`, as an `Err` once the flag is set.
    fn result<T>(&self, data: T) -> Result<T, PoisonError<T>> {
        if self.get() {
            Err(PoisonError { data })
        } else {
            Ok(data)
        }
    }

    /// What a guard remembers: whether its thread was panicking when it locked.
    fn guard(&self) -> __PoisonGuard {
        __PoisonGuard {
            panicking: __intrinsic_thread_panicking(),
        }
    }

    /// A guard dropped by a thread that started panicking since it locked poisons the lock.
    fn done(&self, guard: &__PoisonGuard) {
        if !guard.panicking && __intrinsic_thread_panicking() {
            self.failed.store(true, AtomicOrdering::Relaxed);
        }
    }
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
        f.pad("poisoned lock: another task failed inside")
    }
}

pub enum TryLockError<T> {
    Poisoned(PoisonError<T>),
    WouldBlock,
}

impl<T> Debug for TryLockError<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        match self {
            TryLockError::Poisoned(..) => __intrinsic_fmt_debug(&"Poisoned(..)", f),
            TryLockError::WouldBlock => __intrinsic_fmt_debug(&"WouldBlock", f),
        }
    }
}

impl<T> Display for TryLockError<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        match self {
            TryLockError::Poisoned(..) => f.pad("poisoned lock: another task failed inside"),
            TryLockError::WouldBlock => f.pad("try_lock failed because the operation would block"),
        }
    }
}

impl<T> From<PoisonError<T>> for TryLockError<T> {
    fn from(err: PoisonError<T>) -> TryLockError<T> {
        TryLockError::Poisoned(err)
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
            poison: __PoisonFlag::new(),
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
        self.poison.result(MutexGuard {
            lock: self,
            poison: self.poison.guard(),
        })
    }

    pub fn is_poisoned(&self) -> bool {
        self.poison.get()
    }

    pub fn clear_poison(&self) {
        self.poison.failed.store(false, AtomicOrdering::Relaxed);
    }

    pub fn into_inner(self) -> Result<T, PoisonError<T>> {
        self.poison.result(self.data)
    }

    pub fn get_mut(&mut self) -> Result<&mut T, PoisonError<&mut T>> {
        self.poison.result(&mut self.data)
    }
}

impl<T: Default> Default for Mutex<T> {
    fn default() -> Mutex<T> {
        Mutex::new(T::default())
    }
}

/// What a locked `RwLock`'s `Debug` shows for its data (std's `format_args!("<locked>")`, unlike
/// `Mutex`'s quoted `"<locked>"`), and an empty `OnceLock`'s `<uninit>`.
struct __Placeholder(&'static str);

impl Debug for __Placeholder {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.write_str(self.0)
    }
}

/// `Mutex { data: 5, poisoned: false, .. }`, or the placeholder while it is locked.
fn __lock_debug<T: Debug, P: Debug>(
    f: &mut Formatter,
    name: &str,
    locked: Option<P>,
    data: &T,
    poisoned: bool,
) -> Result<(), Error> {
    let mut d = f.debug_struct(name);
    match locked {
        Some(placeholder) => d.field("data", &placeholder),
        None => d.field("data", data),
    };
    d.field("poisoned", &poisoned);
    d.finish_non_exhaustive()
}

impl<T: Debug> Debug for Mutex<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        let locked = if self.inner.futex.load(AtomicOrdering::Relaxed) != 0 {
            Some("<locked>")
        } else {
            None
        };
        __lock_debug(f, "Mutex", locked, &self.data, self.poison.get())
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
        self.lock.poison.done(&self.poison);
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

/// A channel's shared state, behind an `Arc` both ends hold: the queue of messages in the heap,
/// how many senders are alive, whether the receiver is, and the bound of a `sync_channel`.
struct __Channel<T> {
    queue: VecDeque<T>,
    senders: usize,
    receiver: bool,
    bound: Option<usize>,
}

impl<T> __Channel<T> {
    fn new(bound: Option<usize>) -> Arc<__Channel<T>> {
        Arc::new(__Channel {
            queue: VecDeque::new(),
            senders: 1,
            receiver: true,
            bound,
        })
    }
}

/// Writes to the channel through `&`, as std's channels do through their atomics and cells.
fn __channel_mut<T>(chan: &Arc<__Channel<T>>) -> &mut __Channel<T> {
    &mut *__intrinsic_ptr_from_ref::<__Channel<T>>(&**chan)
}

fn __channel_send<T>(chan: &Arc<__Channel<T>>, t: T) -> Result<(), SendError<T>> {
    let c = __channel_mut(chan);
    if !c.receiver {
        return Err(SendError(t));
    }
    match c.bound {
        Some(bound) => {
            // A rendezvous channel (bound 0) holds one message while its sender waits.
            let room = if bound == 0 { 1 } else { bound };
            while c.queue.len() >= room && c.receiver {
                __intrinsic_thread_wait(&**chan);
            }
            if !c.receiver {
                return Err(SendError(t));
            }
            c.queue.push_back(t);
            __intrinsic_thread_notify(&**chan);
            if bound == 0 {
                while c.queue.len() > 0 && c.receiver {
                    __intrinsic_thread_wait(&**chan);
                }
            }
        }
        None => {
            c.queue.push_back(t);
            __intrinsic_thread_notify(&**chan);
        }
    }
    Ok(())
}

fn __channel_sender_dropped<T>(chan: &Arc<__Channel<T>>) {
    let c = __channel_mut(chan);
    c.senders = c.senders - 1;
    __intrinsic_thread_notify(&**chan);
}

fn __channel_sender_cloned<T>(chan: &Arc<__Channel<T>>) -> Arc<__Channel<T>> {
    let c = __channel_mut(chan);
    c.senders = c.senders + 1;
    chan.clone()
}

pub struct Sender<T> {
    inner: Arc<__Channel<T>>,
}

pub struct SyncSender<T> {
    inner: Arc<__Channel<T>>,
}

pub struct Receiver<T> {
    inner: Arc<__Channel<T>>,
}

pub struct SendError<T>(pub T);

impl<T> Debug for SendError<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.debug_struct("SendError").finish_non_exhaustive()
    }
}

impl<T> Display for SendError<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.pad("sending on a closed channel")
    }
}

pub enum TrySendError<T> {
    Full(T),
    Disconnected(T),
}

impl<T> Debug for TrySendError<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        match self {
            TrySendError::Full(..) => f.write_str("TrySendError::Full(..)"),
            TrySendError::Disconnected(..) => f.write_str("TrySendError::Disconnected(..)"),
        }
    }
}

impl<T> Display for TrySendError<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        match self {
            TrySendError::Full(..) => f.pad("sending on a full channel"),
            TrySendError::Disconnected(..) => f.pad("sending on a closed channel"),
        }
    }
}

impl<T> From<SendError<T>> for TrySendError<T> {
    fn from(err: SendError<T>) -> TrySendError<T> {
        TrySendError::Disconnected(err.0)
    }
}

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub struct RecvError;

impl Display for RecvError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.pad("receiving on a closed channel")
    }
}

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum TryRecvError {
    Empty,
    Disconnected,
}

impl Display for TryRecvError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        match self {
            TryRecvError::Empty => f.pad("receiving on an empty channel"),
            TryRecvError::Disconnected => f.pad("receiving on a closed channel"),
        }
    }
}

pub fn __std_mpsc_channel<T>() -> (Sender<T>, Receiver<T>) {
    let inner = __Channel::new(None);
    (
        Sender {
            inner: inner.clone(),
        },
        Receiver { inner },
    )
}

pub fn __std_mpsc_sync_channel<T>(bound: usize) -> (SyncSender<T>, Receiver<T>) {
    let inner = __Channel::new(Some(bound));
    (
        SyncSender {
            inner: inner.clone(),
        },
        Receiver { inner },
    )
}

impl<T> Sender<T> {
    pub fn send(&self, t: T) -> Result<(), SendError<T>> {
        __channel_send(&self.inner, t)
    }
}

impl<T> SyncSender<T> {
    pub fn send(&self, t: T) -> Result<(), SendError<T>> {
        __channel_send(&self.inner, t)
    }

    /// Sends without waiting: `Full` when the buffer has no room.
    pub fn try_send(&self, t: T) -> Result<(), TrySendError<T>> {
        let c = __channel_mut(&self.inner);
        if !c.receiver {
            return Err(TrySendError::Disconnected(t));
        }
        let room = match c.bound {
            Some(bound) => bound,
            None => usize::MAX,
        };
        if room == 0 {
            // Its only room is a receiver blocked in `recv` right now, which the queue of
            // messages does not tell.
            __intrinsic_unsupported("`try_send` on a zero-capacity `sync_channel`");
        }
        if c.queue.len() >= room {
            return Err(TrySendError::Full(t));
        }
        c.queue.push_back(t);
        __intrinsic_thread_notify(&*self.inner);
        Ok(())
    }
}

impl<T> Clone for Sender<T> {
    fn clone(&self) -> Sender<T> {
        Sender {
            inner: __channel_sender_cloned(&self.inner),
        }
    }
}

impl<T> Clone for SyncSender<T> {
    fn clone(&self) -> SyncSender<T> {
        SyncSender {
            inner: __channel_sender_cloned(&self.inner),
        }
    }
}

impl<T> Drop for Sender<T> {
    fn drop(&mut self) {
        __channel_sender_dropped(&self.inner);
    }
}

impl<T> Drop for SyncSender<T> {
    fn drop(&mut self) {
        __channel_sender_dropped(&self.inner);
    }
}

impl<T> Debug for Sender<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.debug_struct("Sender").finish_non_exhaustive()
    }
}

impl<T> Debug for Receiver<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.debug_struct("Receiver").finish_non_exhaustive()
    }
}

impl<T> Receiver<T> {
    pub fn recv(&self) -> Result<T, RecvError> {
        let c = __channel_mut(&self.inner);
        loop {
            match c.queue.pop_front() {
                Some(t) => {
                    __intrinsic_thread_notify(&*self.inner);
                    return Ok(t);
                }
                None => {
                    if c.senders == 0 {
                        return Err(RecvError);
                    }
                    __intrinsic_thread_wait(&*self.inner);
                }
            }
        }
    }

    pub fn try_recv(&self) -> Result<T, TryRecvError> {
        let c = __channel_mut(&self.inner);
        match c.queue.pop_front() {
            Some(t) => {
                __intrinsic_thread_notify(&*self.inner);
                Ok(t)
            }
            None => {
                if c.senders == 0 {
                    Err(TryRecvError::Disconnected)
                } else {
                    Err(TryRecvError::Empty)
                }
            }
        }
    }

    pub fn iter(&self) -> __ReceiverIter<T> {
        __ReceiverIter { rx: self }
    }

    pub fn try_iter(&self) -> __ReceiverTryIter<T> {
        __ReceiverTryIter { rx: self }
    }
}

impl<T> Drop for Receiver<T> {
    fn drop(&mut self) {
        let c = __channel_mut(&self.inner);
        c.receiver = false;
        __intrinsic_thread_notify(&*self.inner);
    }
}

/// `mpsc::Iter`: messages until every sender is gone.
pub struct __ReceiverIter<'a, T> {
    rx: &'a Receiver<T>,
}

impl<'a, T> Iterator for __ReceiverIter<'a, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.rx.recv().ok()
    }
}

/// `mpsc::TryIter`: the messages waiting now.
pub struct __ReceiverTryIter<'a, T> {
    rx: &'a Receiver<T>,
}

impl<'a, T> Iterator for __ReceiverTryIter<'a, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.rx.try_recv().ok()
    }
}

/// `mpsc::IntoIter`: `for x in rx`.
pub struct __ReceiverIntoIter<T> {
    rx: Receiver<T>,
}

impl<T> Iterator for __ReceiverIntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.rx.recv().ok()
    }
}

impl<T> IntoIterator for Receiver<T> {
    type Item = T;
    type IntoIter = __ReceiverIntoIter<T>;

    fn into_iter(self) -> __ReceiverIntoIter<T> {
        __ReceiverIntoIter { rx: self }
    }
}

impl<'a, T> IntoIterator for &'a Receiver<T> {
    type Item = T;
    type IntoIter = __ReceiverIter<'a, T>;

    fn into_iter(self) -> __ReceiverIter<'a, T> {
        __ReceiverIter { rx: self }
    }
}

/// The futex reader-writer lock's state: the number of readers, or `WRITE_LOCKED`.
struct __FutexRwLock {
    state: AtomicU32,
    writer_notify: AtomicU32,
}

const __WRITE_LOCKED: u32 = 1073741823;

pub struct RwLock<T> {
    inner: __FutexRwLock,
    poison: __PoisonFlag,
    data: T,
}

pub struct RwLockReadGuard<'a, T> {
    lock: &'a RwLock<T>,
}

pub struct RwLockWriteGuard<'a, T> {
    lock: &'a RwLock<T>,
    poison: __PoisonGuard,
}

impl<T> RwLock<T> {
    pub fn new(t: T) -> RwLock<T> {
        RwLock {
            inner: __FutexRwLock {
                state: AtomicU32::new(0),
                writer_notify: AtomicU32::new(0),
            },
            poison: __PoisonFlag::new(),
            data: t,
        }
    }

    pub fn read(&self) -> Result<RwLockReadGuard<T>, PoisonError<RwLockReadGuard<T>>> {
        while self.inner.state.load(AtomicOrdering::Relaxed) == __WRITE_LOCKED {
            __intrinsic_thread_wait(&self.inner);
        }
        self.inner.state.fetch_add(1, AtomicOrdering::Acquire);
        self.poison.result(RwLockReadGuard { lock: self })
    }

    pub fn write(&self) -> Result<RwLockWriteGuard<T>, PoisonError<RwLockWriteGuard<T>>> {
        while self
            .inner
            .state
            .compare_exchange(
                0,
                __WRITE_LOCKED,
                AtomicOrdering::Acquire,
                AtomicOrdering::Relaxed,
            )
            .is_err()
        {
            __intrinsic_thread_wait(&self.inner);
        }
        self.poison.result(RwLockWriteGuard {
            lock: self,
            poison: self.poison.guard(),
        })
    }

    pub fn is_poisoned(&self) -> bool {
        self.poison.get()
    }

    pub fn into_inner(self) -> Result<T, PoisonError<T>> {
        self.poison.result(self.data)
    }

    pub fn get_mut(&mut self) -> Result<&mut T, PoisonError<&mut T>> {
        self.poison.result(&mut self.data)
    }
}

impl<T: Debug> Debug for RwLock<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        let locked = if self.inner.state.load(AtomicOrdering::Relaxed) == __WRITE_LOCKED {
            Some(__Placeholder("<locked>"))
        } else {
            None
        };
        __lock_debug(f, "RwLock", locked, &self.data, self.poison.get())
    }
}

impl<'a, T> Deref for RwLockReadGuard<'a, T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.lock.data
    }
}

impl<'a, T> Drop for RwLockReadGuard<'a, T> {
    fn drop(&mut self) {
        self.lock.inner.state.fetch_sub(1, AtomicOrdering::Release);
        __intrinsic_thread_notify(&self.lock.inner);
    }
}

impl<'a, T> Deref for RwLockWriteGuard<'a, T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.lock.data
    }
}

impl<'a, T> DerefMut for RwLockWriteGuard<'a, T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut *__intrinsic_ptr_from_ref::<T>(&self.lock.data)
    }
}

impl<'a, T> Drop for RwLockWriteGuard<'a, T> {
    fn drop(&mut self) {
        self.lock.poison.done(&self.poison);
        self.lock.inner.state.store(0, AtomicOrdering::Release);
        __intrinsic_thread_notify(&self.lock.inner);
    }
}

impl<'a, T: Debug> Debug for RwLockReadGuard<'a, T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_debug(&self.lock.data, f)
    }
}

impl<'a, T: Debug> Debug for RwLockWriteGuard<'a, T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_debug(&self.lock.data, f)
    }
}

/// The futex condition variable: a counter bumped by each notification (std's waiters compare
/// it to what they saw before sleeping; here no notification can come between the unlock and
/// the wait, as the scheduler never switches inside std's functions but at a wait).
struct __FutexCondvar {
    futex: AtomicU32,
}

pub struct Condvar {
    inner: __FutexCondvar,
}

impl Condvar {
    pub fn new() -> Condvar {
        Condvar {
            inner: __FutexCondvar {
                futex: AtomicU32::new(0),
            },
        }
    }

    /// Unlocks the guard's mutex, sleeps until a notification wakes this thread, and locks it
    /// again. There are no spurious wakeups: `notify_one` wakes exactly one waiter.
    pub fn wait<'a, T>(
        &self,
        guard: MutexGuard<'a, T>,
    ) -> Result<MutexGuard<'a, T>, PoisonError<MutexGuard<'a, T>>> {
        let lock = guard.lock;
        __intrinsic_manually_drop::<MutexGuard<'a, T>>(guard);
        lock.inner.futex.store(0, AtomicOrdering::Release);
        __intrinsic_thread_notify(&lock.inner);
        __intrinsic_thread_wait(&self.inner);
        lock.lock()
    }

    pub fn wait_while<'a, T, F: FnMut(&mut T) -> bool>(
        &self,
        guard: MutexGuard<'a, T>,
        condition: F,
    ) -> Result<MutexGuard<'a, T>, PoisonError<MutexGuard<'a, T>>> {
        let mut condition = condition;
        let mut guard = guard;
        while condition(&mut *guard) {
            guard = self.wait(guard)?;
        }
        Ok(guard)
    }

    pub fn notify_one(&self) {
        self.inner.futex.fetch_add(1, AtomicOrdering::Relaxed);
        __intrinsic_thread_notify_one(&self.inner);
    }

    pub fn notify_all(&self) {
        self.inner.futex.fetch_add(1, AtomicOrdering::Relaxed);
        __intrinsic_thread_notify(&self.inner);
    }
}

impl Default for Condvar {
    fn default() -> Condvar {
        Condvar::new()
    }
}

impl Debug for Condvar {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.debug_struct("Condvar").finish_non_exhaustive()
    }
}

struct __BarrierState {
    count: usize,
    generation_id: usize,
}

pub struct Barrier {
    lock: Mutex<__BarrierState>,
    cvar: Condvar,
    num_threads: usize,
}

pub struct BarrierWaitResult(bool);

impl BarrierWaitResult {
    pub fn is_leader(&self) -> bool {
        self.0
    }
}

impl Debug for BarrierWaitResult {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.debug_struct("BarrierWaitResult")
            .field("is_leader", &self.0)
            .finish()
    }
}

impl Barrier {
    pub fn new(n: usize) -> Barrier {
        Barrier {
            lock: Mutex::new(__BarrierState {
                count: 0,
                generation_id: 0,
            }),
            cvar: Condvar::new(),
            num_threads: n,
        }
    }

    pub fn wait(&self) -> BarrierWaitResult {
        let mut lock = self.lock.lock().unwrap();
        let local_gen = lock.generation_id;
        lock.count += 1;
        if lock.count < self.num_threads {
            let _guard = self
                .cvar
                .wait_while(lock, |state| local_gen == state.generation_id)
                .unwrap();
            BarrierWaitResult(false)
        } else {
            lock.count = 0;
            lock.generation_id = lock.generation_id.wrapping_add(1);
            self.cvar.notify_all();
            BarrierWaitResult(true)
        }
    }
}

/// A `Once`'s futex word: 0 incomplete, 1 running, 2 complete.
struct __Once {
    state: AtomicU32,
}

pub struct OnceLock<T> {
    once: __Once,
    value: Option<T>,
}

impl<T> OnceLock<T> {
    pub const fn new() -> OnceLock<T> {
        OnceLock {
            once: __Once {
                state: AtomicU32::new(0),
            },
            value: None,
        }
    }

    pub fn get(&self) -> Option<&T> {
        self.value.as_ref()
    }

    pub fn set(&self, value: T) -> Result<(), T> {
        if self.once.state.load(AtomicOrdering::Acquire) != 0 {
            return Err(value);
        }
        self.once.state.store(2, AtomicOrdering::Release);
        *__intrinsic_ptr_from_ref::<Option<T>>(&self.value) = Some(value);
        Ok(())
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, f: F) -> &T {
        while self.once.state.load(AtomicOrdering::Acquire) == 1 {
            __intrinsic_thread_wait(&self.once);
        }
        if self.once.state.load(AtomicOrdering::Acquire) == 0 {
            self.once.state.store(1, AtomicOrdering::Relaxed);
            let value = f();
            *__intrinsic_ptr_from_ref::<Option<T>>(&self.value) = Some(value);
            self.once.state.store(2, AtomicOrdering::Release);
            __intrinsic_thread_notify(&self.once);
        }
        self.value.as_ref().unwrap()
    }

    pub fn into_inner(self) -> Option<T> {
        self.value
    }

    pub fn take(&mut self) -> Option<T> {
        self.once.state.store(0, AtomicOrdering::Relaxed);
        self.value.take()
    }
}

impl<T: Debug> Debug for OnceLock<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        let mut d = f.debug_tuple("OnceLock");
        match &self.value {
            Some(v) => d.field(v),
            None => d.field(&__Placeholder("<uninit>")),
        };
        d.finish()
    }
}
