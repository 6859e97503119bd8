//! The auto traits `Send` and `Sync`, with std's explicit and negative impls of them.
//!
//! std declares them `pub unsafe auto trait`; the grammar stackheap parses has no `auto`, so the
//! checker knows these two by name (`types/auto-traits.ts`). Every other type has them
//! structurally, as rustc gives them: a struct, an enum, a tuple, an array or a closure has
//! them when all its fields (or captures) do. The impls below are the exceptions, as std
//! writes them, for the types of this prelude that hold raw pointers or shared mutability.

/// Types that can be transferred across thread boundaries.
pub unsafe trait Send {}

/// Types for which it is safe to share references between threads.
pub unsafe trait Sync {}

impl<T> !Send for *const T {}
impl<T> !Send for *mut T {}
impl<T> !Sync for *const T {}
impl<T> !Sync for *mut T {}

unsafe impl<T: Sync> Send for &T {}

unsafe impl<T: Send> Send for Cell<T> {}
impl<T> !Sync for Cell<T> {}
unsafe impl<T: Send> Send for RefCell<T> {}
impl<T> !Sync for RefCell<T> {}

impl<T> !Send for Rc<T> {}
impl<T> !Sync for Rc<T> {}
impl<T> !Send for Weak<T> {}
impl<T> !Sync for Weak<T> {}
unsafe impl<T: Sync + Send> Send for Arc<T> {}
unsafe impl<T: Sync + Send> Sync for Arc<T> {}

unsafe impl<T: Send> Send for RawVec<T> {}
unsafe impl<T: Sync> Sync for RawVec<T> {}
unsafe impl<T: Send> Send for IntoIter<T> {}
unsafe impl<T: Sync> Sync for IntoIter<T> {}

// std::sync and std::thread: their shapes here hold no raw pointers, so only these impls give
// them std's guarantees (a lock shares a `T: Send`, a guard stays on its thread, a handle or a
// channel end moves to another thread whenever what it carries may).
unsafe impl<T: Send> Send for Mutex<T> {}
unsafe impl<T: Send> Sync for Mutex<T> {}
impl<'a, T> !Send for MutexGuard<'a, T> {}
unsafe impl<'a, T: Sync> Sync for MutexGuard<'a, T> {}
unsafe impl<T: Send> Send for RwLock<T> {}
unsafe impl<T: Send + Sync> Sync for RwLock<T> {}
impl<'a, T> !Send for RwLockReadGuard<'a, T> {}
unsafe impl<'a, T: Sync> Sync for RwLockReadGuard<'a, T> {}
impl<'a, T> !Send for RwLockWriteGuard<'a, T> {}
unsafe impl<'a, T: Sync> Sync for RwLockWriteGuard<'a, T> {}
unsafe impl<T: Send> Send for OnceLock<T> {}
unsafe impl<T: Sync + Send> Sync for OnceLock<T> {}
unsafe impl<T: Send> Send for Sender<T> {}
unsafe impl<T: Send> Sync for Sender<T> {}
unsafe impl<T: Send> Send for SyncSender<T> {}
unsafe impl<T: Send> Sync for SyncSender<T> {}
unsafe impl<T: Send> Send for Receiver<T> {}
impl<T> !Sync for Receiver<T> {}
unsafe impl<T> Send for JoinHandle<T> {}
unsafe impl<T> Sync for JoinHandle<T> {}
unsafe impl<'scope, T> Send for ScopedJoinHandle<'scope, T> {}
unsafe impl<'scope, T> Sync for ScopedJoinHandle<'scope, T> {}
// A thread's packet is written by its thread and read by its joiner only after the thread ended
// (std's own impl; its result is behind an `UnsafeCell`).
unsafe impl<T: Send> Sync for Packet<T> {}

/// `std::marker::PhantomData<T>`: a zero-sized marker that acts as if it owned a `T`. Its impls
/// ask nothing of `T`, as std's do.
pub struct PhantomData<T>;

impl<T> Clone for PhantomData<T> {
    fn clone(&self) -> PhantomData<T> {
        PhantomData
    }
}

impl<T> Copy for PhantomData<T> {}

impl<T> Default for PhantomData<T> {
    fn default() -> PhantomData<T> {
        PhantomData
    }
}

impl<T> PartialEq for PhantomData<T> {
    fn eq(&self, _other: &PhantomData<T>) -> bool {
        true
    }
}

impl<T> Eq for PhantomData<T> {}

impl<T> PartialOrd for PhantomData<T> {
    fn partial_cmp(&self, _other: &PhantomData<T>) -> Option<Ordering> {
        Some(Ordering::Equal)
    }
}

impl<T> Ord for PhantomData<T> {
    fn cmp(&self, _other: &PhantomData<T>) -> Ordering {
        Ordering::Equal
    }
}

/// `PhantomData<T>`, with `T` by its full path as `type_name` spells it.
impl<T> Debug for PhantomData<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.write_str("PhantomData<")?;
        f.write_str(__std_any_type_name::<T>())?;
        f.write_str(">")
    }
}

/// `std::any::type_name`.
fn __std_any_type_name<T>() -> &'static str {
    __intrinsic_type_name::<T>()
}

/// `std::any::type_name_of_val`.
fn __std_any_type_name_of_val<T>(_val: &T) -> &'static str {
    __intrinsic_type_name::<T>()
}

fn __intrinsic_type_name<T>() -> &'static str {
    unreachable!()
}
