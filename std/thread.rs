//! Threads, as std/thread/mod.rs shapes them: `spawn` gives the new thread an `Arc` of its
//! `Thread` and of a `Packet` its result goes to, and `JoinHandle::join` takes the result from
//! the packet (`Err` when the thread panicked). Running threads is the machine's
//! (machine/thread-ops.ts): these intrinsics start one, wait for one, and give way.

fn __intrinsic_thread_spawn<S, F, P>(
    start: S,
    f: F,
    packet: P,
    thread: Thread,
    handle: *mut ArcInner<ThreadInner>,
    name: &str,
    named: bool,
    stack_size: usize,
) -> u64 {
    unreachable!()
}
fn __intrinsic_thread_state(id: u64) -> u8 {
    unreachable!()
}
fn __intrinsic_thread_join_wait(id: u64) {
    unreachable!()
}
fn __intrinsic_thread_wait<T>(on: &T) {
    unreachable!()
}
fn __intrinsic_thread_notify<T>(on: &T) {
    unreachable!()
}
fn __intrinsic_thread_notify_one<T>(on: &T) {
    unreachable!()
}
fn __intrinsic_thread_yield() {
    unreachable!()
}
fn __intrinsic_thread_sleep(nanos: u64) {
    unreachable!()
}
fn __intrinsic_thread_current() -> u64 {
    unreachable!()
}
fn __intrinsic_thread_handle<T>() -> *mut T {
    unreachable!()
}

/// A thread's id: `main`'s is 1, spawned threads count from 2 in spawn order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ThreadId(u64);

struct ThreadInner {
    name: Option<String>,
    id: ThreadId,
}

/// A handle to a thread. `main`'s data lives in std's statics (no allocation): `inner` is None.
pub struct Thread {
    inner: Option<Arc<ThreadInner>>,
}

impl Thread {
    pub fn id(&self) -> ThreadId {
        match &self.inner {
            Some(inner) => inner.id,
            None => ThreadId(1),
        }
    }

    pub fn name(&self) -> Option<&str> {
        match &self.inner {
            Some(inner) => match &inner.name {
                Some(name) => Some(name.as_str()),
                None => None,
            },
            None => Some("main"),
        }
    }
}

impl Clone for Thread {
    fn clone(&self) -> Thread {
        Thread {
            inner: self.inner.clone(),
        }
    }
}

impl Debug for Thread {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.debug_struct("Thread")
            .field("id", &self.id())
            .field("name", &self.name())
            .finish_non_exhaustive()
    }
}

/// The running thread's `Thread`.
pub fn __std_thread_current() -> Thread {
    if __intrinsic_thread_current() == 0 {
        return Thread { inner: None };
    }
    let ptr = __intrinsic_thread_handle::<ArcInner<ThreadInner>>();
    let inner = &*ptr;
    inner.strong.set(inner.strong.get() + 1);
    Thread {
        inner: Some(Arc { ptr }),
    }
}

/// Where a thread's result goes: `None` until it returns (and still `None` if it panicked). A
/// scoped thread's packet holds its scope, whose count of running threads goes down when the
/// packet is dropped (by the thread when it ends, or by its handle).
struct Packet<T> {
    scope: Option<Arc<ScopeData>>,
    result: Option<T>,
    native: u64,
    joined: bool,
}

impl<T> Drop for Packet<T> {
    fn drop(&mut self) {
        match &self.scope {
            Some(scope) => {
                let unhandled = !self.joined
                    && (__intrinsic_thread_panicking()
                        || __intrinsic_thread_state(self.native) == 2);
                if unhandled {
                    scope.a_thread_panicked.store(true, AtomicOrdering::Relaxed);
                }
                scope
                    .num_running_threads
                    .fetch_sub(1, AtomicOrdering::Release);
                __intrinsic_thread_notify(&**scope);
            }
            None => {}
        }
    }
}

/// What `join` gives for a thread that panicked: std's panic payload, a `Box<dyn Any + Send>`.
pub struct __PanicPayload;

impl Debug for __PanicPayload {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.write_str("Any { .. }")
    }
}

pub struct JoinHandle<T> {
    native: u64,
    thread: Thread,
    packet: Arc<Packet<T>>,
}

/// Waits for the thread and takes its result from the packet.
fn __std_join<T>(native: u64, packet: &Arc<Packet<T>>) -> Result<T, Box<__PanicPayload>> {
    while __intrinsic_thread_state(native) == 0 {
        __intrinsic_thread_join_wait(native);
    }
    let p = __intrinsic_ptr_from_ref::<Packet<T>>(&**packet);
    (*p).joined = true;
    match (*p).result.take() {
        Some(value) => Ok(value),
        None => Err(Box::new(__PanicPayload)),
    }
}

impl<T> JoinHandle<T> {
    pub fn join(self) -> Result<T, Box<__PanicPayload>> {
        __std_join(self.native, &self.packet)
    }

    pub fn thread(&self) -> &Thread {
        &self.thread
    }

    pub fn is_finished(&self) -> bool {
        __intrinsic_thread_state(self.native) != 0
    }
}

/// The spawned thread's first frame: runs the closure and leaves its result in the packet. The
/// thread's own `Thread` (what `thread::current()` clones) is dropped when it ends.
fn __std_thread_start<F: FnOnce() -> T, T>(f: F, packet: Arc<Packet<T>>, thread: Thread) {
    let result = f();
    let p = __intrinsic_ptr_from_ref::<Packet<T>>(&*packet);
    (*p).result = Some(result);
}

/// A thread's configuration: its name and stack size.
pub struct Builder {
    name: Option<String>,
    stack_size: Option<usize>,
}

impl Builder {
    pub fn new() -> Builder {
        Builder {
            name: None,
            stack_size: None,
        }
    }

    pub fn name(self, name: String) -> Builder {
        Builder {
            name: Some(name),
            stack_size: self.stack_size,
        }
    }

    pub fn stack_size(self, size: usize) -> Builder {
        Builder {
            name: self.name,
            stack_size: Some(size),
        }
    }

    pub fn spawn<F: FnOnce() -> T + Send + 'static, T: Send + 'static>(
        self,
        f: F,
    ) -> Result<JoinHandle<T>, __IoError> {
        Ok(self.spawn_in(f, None))
    }

    pub fn spawn_scoped<'scope, 'env, F: FnOnce() -> T + Send + 'scope, T: Send + 'scope>(
        self,
        scope: &'scope Scope<'scope, 'env>,
        f: F,
    ) -> Result<ScopedJoinHandle<'scope, T>, __IoError> {
        Ok(scope.spawn_with(self, f))
    }

    fn spawn_in<F: FnOnce() -> T, T>(self, f: F, scope: Option<Arc<ScopeData>>) -> JoinHandle<T> {
        let stack_size = match self.stack_size {
            Some(size) => size,
            None => 0,
        };
        let inner = Arc::new(ThreadInner {
            name: self.name,
            id: ThreadId(0),
        });
        let thread = Thread { inner: Some(inner) };
        let their_thread = thread.clone();
        let packet: Arc<Packet<T>> = Arc::new(Packet {
            scope,
            result: None,
            native: 0,
            joined: false,
        });
        let their_packet = packet.clone();
        let (name, named) = match thread.name() {
            Some(name) => (name, true),
            None => ("", false),
        };
        let ptr = match &their_thread.inner {
            Some(inner) => inner.ptr,
            None => unreachable!(),
        };
        let native = __intrinsic_thread_spawn(
            __std_thread_start::<F, T>,
            f,
            their_packet,
            their_thread,
            ptr,
            name,
            named,
            stack_size,
        );
        let id_slot = __intrinsic_ptr_from_ref::<ThreadId>(&(*ptr).value.id);
        *id_slot = ThreadId(native + 1);
        (*__intrinsic_ptr_from_ref::<Packet<T>>(&*packet)).native = native;
        JoinHandle {
            native,
            thread,
            packet,
        }
    }
}

/// What a scope shares with its threads: how many still run, and whether one panicked
/// unjoined.
struct ScopeData {
    num_running_threads: AtomicUsize,
    a_thread_panicked: AtomicBool,
}

pub struct Scope<'scope, 'env> {
    data: Arc<ScopeData>,
    scope: Option<&'scope ()>,
    env: Option<&'env ()>,
}

pub struct ScopedJoinHandle<'scope, T> {
    handle: JoinHandle<T>,
    scope: Option<&'scope ()>,
}

impl<'scope, 'env> Scope<'scope, 'env> {
    pub fn spawn<F: FnOnce() -> T + Send + 'scope, T: Send + 'scope>(
        &self,
        f: F,
    ) -> ScopedJoinHandle<'scope, T> {
        self.spawn_with(Builder::new(), f)
    }

    fn spawn_with<F: FnOnce() -> T, T>(
        &self,
        builder: Builder,
        f: F,
    ) -> ScopedJoinHandle<'scope, T> {
        self.data
            .num_running_threads
            .fetch_add(1, AtomicOrdering::Relaxed);
        ScopedJoinHandle {
            handle: builder.spawn_in(f, Some(self.data.clone())),
            scope: None,
        }
    }
}

impl<'scope, T> ScopedJoinHandle<'scope, T> {
    pub fn join(self) -> Result<T, Box<__PanicPayload>> {
        __std_join(self.handle.native, &self.handle.packet)
    }

    pub fn thread(&self) -> &Thread {
        &self.handle.thread
    }

    pub fn is_finished(&self) -> bool {
        __intrinsic_thread_state(self.handle.native) != 0
    }
}

/// `thread::scope`: runs `f` with a scope, waits for every thread spawned in it, and panics if
/// one of them panicked without being joined.
pub fn __std_thread_scope<'env, F: FnOnce(&Scope<'_, 'env>) -> T, T>(f: F) -> T {
    let scope = Scope {
        data: Arc::new(ScopeData {
            num_running_threads: AtomicUsize::new(0),
            a_thread_panicked: AtomicBool::new(false),
        }),
        scope: None,
        env: None,
    };
    let result = f(&scope);
    while scope.data.num_running_threads.load(AtomicOrdering::Acquire) != 0 {
        __intrinsic_thread_wait(&*scope.data);
    }
    if scope.data.a_thread_panicked.load(AtomicOrdering::Relaxed) {
        panic!("a scoped thread panicked");
    }
    result
}

/// `thread::Builder::spawn`'s error: `io::Error` (spawning never fails in the machine).
#[derive(Debug)]
pub struct __IoError;

pub fn __std_thread_spawn<F: FnOnce() -> T + Send + 'static, T: Send + 'static>(
    f: F,
) -> JoinHandle<T> {
    Builder::new().spawn(f).expect("failed to spawn thread")
}

pub fn __std_thread_yield_now() {
    __intrinsic_thread_yield();
}

/// Sleeps in virtual time: the machine's clock jumps when every thread waits.
pub fn __std_thread_sleep(dur: Duration) {
    __intrinsic_thread_sleep(dur.secs * 1_000_000_000 + dur.nanos as u64);
}

/// `std::time::Duration`'s fields, as far as `thread::sleep` needs it.
#[derive(Clone, Copy)]
pub struct Duration {
    secs: u64,
    nanos: u32,
}

impl Duration {
    pub fn from_secs(secs: u64) -> Duration {
        Duration { secs, nanos: 0 }
    }

    pub fn from_millis(millis: u64) -> Duration {
        Duration {
            secs: millis / 1_000,
            nanos: ((millis % 1_000) * 1_000_000) as u32,
        }
    }

    pub fn from_micros(micros: u64) -> Duration {
        Duration {
            secs: micros / 1_000_000,
            nanos: ((micros % 1_000_000) * 1_000) as u32,
        }
    }

    pub fn from_nanos(nanos: u64) -> Duration {
        Duration {
            secs: nanos / 1_000_000_000,
            nanos: (nanos % 1_000_000_000) as u32,
        }
    }
}
