//! Threads, as std/thread/lifecycle.rs shapes them: `spawn` makes the new thread's `Thread` (with
//! std's `System` allocator, which the program's global allocator does not see), an `Arc` of the
//! `Packet` its result goes to, the boxed main closure of the thread (`rust_start`: the program's
//! closure, the spawn hooks and the thread's end of the packet) and the boxed `ThreadInit` the
//! OS thread starts from; `JoinHandle::join` takes the result from the packet (`Err` when the
//! thread panicked). Running threads is the machine's (machine/thread-ops.ts): these
//! intrinsics start one, wait for one, and give way.

fn __intrinsic_thread_spawn<S, I, P>(
    start: S,
    init: I,
    packet: &P,
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
fn __intrinsic_thread_joined(id: u64) {
    unreachable!()
}
fn __intrinsic_thread_unjoined_panic<P>(packet: &P) -> bool {
    unreachable!()
}
fn __intrinsic_thread_panic_message(id: u64) -> String {
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
fn __intrinsic_system_alloc(on: bool) {
    unreachable!()
}

/// A thread's id: `main`'s is 1, spawned threads count from 2 in spawn order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ThreadId(u64);

/// std's `thread::Inner`. The name is std's `CString`: its bytes and a nul.
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
                Some(name) => Some(&name[..name.len() - 1]),
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

/// `CString::new(name)`: the name's buffer with room for exactly one more byte, the nul, then
/// shrunk to fit (`into_boxed_slice`).
fn __thread_name_cstring(name: String) -> String {
    let mut name = name;
    name.vec.reserve_exact(1);
    name.vec.push(0);
    name.vec.shrink_to_fit();
    name
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

/// What `join` gives for a thread that panicked: std's panic payload, a `Box<dyn Any + Send>`
/// holding what the thread panicked with (a `&'static str` or a `String` in std: here always
/// its text, so a downcast is refused).
/// (`Debug` as a supertrait: every payload prints `Any { .. }`, as std's `dyn Any` does.)
pub trait __Any: Debug {
    fn downcast_ref<T>(&self) -> Option<&T>;
    fn is<T>(&self) -> bool;
}

/// What a thread panicked with, as `join`'s payload holds it. Its `Debug` is the payload's,
/// `Any { .. }`, however the payload is formatted.
pub struct __PanicMessage {
    text: String,
}

impl Debug for __PanicMessage {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.write_str("Any { .. }")
    }
}

impl __Any for __PanicMessage {
    fn downcast_ref<T>(&self) -> Option<&T> {
        __intrinsic_unsupported(
            "`downcast_ref` on a thread's panic payload (whether std made it a `&str` or a `String`)",
        );
        None
    }

    fn is<T>(&self) -> bool {
        __intrinsic_unsupported(
            "`is` on a thread's panic payload (whether std made it a `&str` or a `String`)",
        );
        false
    }
}

/// Where a thread's result goes: `None` until it returns (and still `None` if it panicked: the
/// machine keeps the panic with the thread, and `join` makes the payload). A scoped thread's
/// packet holds its scope, whose count of running threads goes down when the packet is dropped
/// (by the thread when it ends, or by its handle).
struct Packet<T> {
    scope: Option<Arc<ScopeData>>,
    result: Option<Result<T, Box<dyn __Any + Send>>>,
}

impl<T> Drop for Packet<T> {
    fn drop(&mut self) {
        match &self.scope {
            Some(scope) => {
                if __intrinsic_thread_unjoined_panic(&*self) {
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

pub struct JoinHandle<T> {
    native: u64,
    thread: Thread,
    packet: Arc<Packet<T>>,
}

/// Waits for the thread and takes its result from the packet. A panicked thread's payload is
/// the message it panicked with, allocated as std's panic machinery does, unseen by the log.
fn __std_join<T>(native: u64, packet: &Arc<Packet<T>>) -> Result<T, Box<dyn __Any + Send>> {
    while __intrinsic_thread_state(native) == 0 {
        __intrinsic_thread_join_wait(native);
    }
    __intrinsic_thread_joined(native);
    let p = __intrinsic_ptr_from_ref::<Packet<T>>(&**packet);
    match (*p).result.take() {
        Some(result) => result,
        None => {
            __intrinsic_system_alloc(true);
            let payload: Box<dyn __Any + Send> = Box::new(__PanicMessage {
                text: __intrinsic_thread_panic_message(native),
            });
            __intrinsic_system_alloc(false);
            Err(payload)
        }
    }
}

impl<T> JoinHandle<T> {
    pub fn join(self) -> Result<T, Box<dyn __Any + Send>> {
        __std_join(self.native, &self.packet)
    }

    pub fn thread(&self) -> &Thread {
        &self.thread
    }

    pub fn is_finished(&self) -> bool {
        __intrinsic_thread_state(self.native) != 0
    }
}

/// std's `ChildSpawnHooks`: the spawn hooks a thread runs first (none: `add_spawn_hook` is
/// unstable).
struct __ChildSpawnHooks {
    hooks: Option<Arc<()>>,
    to_run: Vec<Box<dyn FnOnce() + Send>>,
}

/// What the OS thread starts from: its `Thread` and its main closure.
struct __ThreadInit {
    handle: Thread,
    rust_start: Box<dyn FnOnce() + Send>,
}

/// `ThreadInit::init`: the boxed `ThreadInit` is freed once the thread has its main closure.
fn __thread_init(init: Box<__ThreadInit>) -> Box<dyn FnOnce() + Send> {
    init.rust_start
}

/// The spawned thread's first frame. A named thread's stack-overflow handler keeps a copy of its
/// name (std's is a `Box<str>`: a block of the same size) while the thread runs. The thread's own `Thread` (what
/// `thread::current()` clones) is dropped when it ends.
fn __std_thread_start(init: Box<__ThreadInit>) {
    let handle = init.handle.clone();
    let rust_start = __thread_init(init);
    let overflow_name: Option<String> = match handle.name() {
        Some(name) => Some(name.to_string()),
        None => None,
    };
    rust_start();
    drop(overflow_name);
    drop(handle);
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

    /// std's `spawn_unchecked_`, allocation for allocation.
    fn spawn_in<F: FnOnce() -> T + Send, T: Send>(
        self,
        f: F,
        scope: Option<Arc<ScopeData>>,
    ) -> JoinHandle<T> {
        let stack_size = match self.stack_size {
            Some(size) => size,
            None => 0,
        };
        let name = match self.name {
            Some(name) => Some(__thread_name_cstring(name)),
            None => None,
        };
        __intrinsic_system_alloc(true);
        let inner = Arc::new(ThreadInner {
            name,
            id: ThreadId(0),
        });
        __intrinsic_system_alloc(false);
        let thread = Thread { inner: Some(inner) };
        let hooks = __ChildSpawnHooks {
            hooks: None,
            to_run: Vec::new(),
        };
        let my_packet: Arc<Packet<T>> = Arc::new(Packet {
            scope,
            result: None,
        });
        let their_packet = my_packet.clone();
        let rust_start = move || {
            let __ChildSpawnHooks { hooks, to_run } = hooks;
            drop(to_run);
            drop(hooks);
            let result = f();
            let p = __intrinsic_ptr_from_ref::<Packet<T>>(&*their_packet);
            (*p).result = Some(Ok(result));
            drop(their_packet);
        };
        let rust_start: Box<dyn FnOnce() + Send> = Box::new(rust_start);
        let init = Box::new(__ThreadInit {
            handle: thread.clone(),
            rust_start,
        });
        let (name, named) = match thread.name() {
            Some(name) => (name, true),
            None => ("", false),
        };
        let ptr = match &thread.inner {
            Some(inner) => inner.ptr,
            None => unreachable!(),
        };
        let native = __intrinsic_thread_spawn(
            __std_thread_start,
            init,
            &*my_packet,
            ptr,
            name,
            named,
            stack_size,
        );
        let id_slot = __intrinsic_ptr_from_ref::<ThreadId>(&(*ptr).value.id);
        *id_slot = ThreadId(native + 1);
        JoinHandle {
            native,
            thread,
            packet: my_packet,
        }
    }
}

/// What a scope shares with its threads: how many still run, whether one panicked unjoined,
/// and the thread the scope runs on.
struct ScopeData {
    num_running_threads: AtomicUsize,
    a_thread_panicked: AtomicBool,
    main_thread: Thread,
}

/// The lifetimes ride on zero-length arrays (std's `PhantomData`): a `Scope` is its `Arc`, a
/// `ScopedJoinHandle` its `JoinHandle`, as in std.
pub struct Scope<'scope, 'env> {
    data: Arc<ScopeData>,
    scope: [&'scope (); 0],
    env: [&'env (); 0],
}

pub struct ScopedJoinHandle<'scope, T> {
    handle: JoinHandle<T>,
    scope: [&'scope (); 0],
}

impl<'scope, 'env> Scope<'scope, 'env> {
    pub fn spawn<F: FnOnce() -> T + Send + 'scope, T: Send + 'scope>(
        &self,
        f: F,
    ) -> ScopedJoinHandle<'scope, T> {
        self.spawn_with(Builder::new(), f)
    }

    fn spawn_with<F: FnOnce() -> T + Send, T: Send>(
        &self,
        builder: Builder,
        f: F,
    ) -> ScopedJoinHandle<'scope, T> {
        self.data
            .num_running_threads
            .fetch_add(1, AtomicOrdering::Relaxed);
        ScopedJoinHandle {
            handle: builder.spawn_in(f, Some(self.data.clone())),
            scope: [],
        }
    }
}

impl<'scope, T> ScopedJoinHandle<'scope, T> {
    pub fn join(self) -> Result<T, Box<dyn __Any + Send>> {
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
            main_thread: __std_thread_current(),
        }),
        scope: [],
        env: [],
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
