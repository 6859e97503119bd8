//! Shared ownership and interior mutability: `Cell`, `RefCell` (with its `Ref`/`RefMut` guards),
//! `Rc`/`Weak` and `Arc`, written as core/cell.rs and alloc/rc.rs write them where the difference
//! shows: the same fields (so the real model has std's layouts and the views show the counts and
//! the borrow flag), the same allocations (`Rc::new` boxes an `RcInner { strong, weak, value }`,
//! freed when the last `Weak` goes), the same drop order and panic messages. Writes through
//! `&self` go through a raw pointer, as `UnsafeCell` does.

fn __intrinsic_ptr_from_ref<T>(r: &T) -> *mut T {
    unreachable!()
}
fn __intrinsic_box_into_raw<T>(b: Box<T>) -> *mut T {
    unreachable!()
}
fn __intrinsic_alloc_uninit<T>() -> *mut T {
    unreachable!()
}
fn __intrinsic_drop_in_place<T>(place: &mut T) {
    unreachable!()
}
fn __intrinsic_manually_drop<T>(x: T) {
    unreachable!()
}
fn __intrinsic_dangling<T>() -> *mut T {
    unreachable!()
}
fn __intrinsic_is_dangling<T>(p: *mut T) -> bool {
    unreachable!()
}
fn __intrinsic_ptr_eq<T>(a: *mut T, b: *mut T) -> bool {
    unreachable!()
}
fn __intrinsic_alloc_unsized<T>(len: usize) -> *mut T {
    unreachable!()
}
fn __intrinsic_alloc_for_value<U, T>(value: &T) -> *mut U {
    unreachable!()
}
fn __intrinsic_move_value<T>(src: &T, dst: *mut T) {
    unreachable!()
}

pub struct Cell<T> {
    value: T,
}

impl<T> Cell<T> {
    pub fn new(value: T) -> Cell<T> {
        Cell { value }
    }

    pub fn set(&self, val: T) {
        let old = self.replace(val);
        drop(old);
    }

    pub fn replace(&self, val: T) -> T {
        let p = __intrinsic_ptr_from_ref::<T>(&self.value);
        let old = *p;
        *p = val;
        old
    }

    pub fn swap(&self, other: &Cell<T>) {
        let a = __intrinsic_ptr_from_ref::<T>(&self.value);
        let b = __intrinsic_ptr_from_ref::<T>(&other.value);
        __std_mem_swap(&mut *a, &mut *b);
    }

    pub fn get_mut(&mut self) -> &mut T {
        &mut self.value
    }

    pub fn into_inner(self) -> T {
        self.value
    }
}

impl<T: Copy> Cell<T> {
    pub fn get(&self) -> T {
        self.value
    }

    pub fn update<F: FnOnce(T) -> T>(&self, f: F) {
        let old = self.get();
        self.set(f(old));
    }
}

impl<T: Default> Cell<T> {
    pub fn take(&self) -> T {
        self.replace(T::default())
    }
}

impl<T: Copy> Clone for Cell<T> {
    fn clone(&self) -> Cell<T> {
        Cell::new(self.get())
    }
}

impl<T: Default> Default for Cell<T> {
    fn default() -> Cell<T> {
        Cell::new(T::default())
    }
}

impl<T: PartialEq + Copy> PartialEq for Cell<T> {
    fn eq(&self, other: &Cell<T>) -> bool {
        self.get() == other.get()
    }
}

impl<T: Copy + Debug> Debug for Cell<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.debug_struct("Cell").field("value", &self.get()).finish()
    }
}

/// The borrow flag: the number of `Ref`s alive, or -1 while a `RefMut` is.
pub struct RefCell<T> {
    borrow: Cell<isize>,
    value: T,
}

#[derive(Debug)]
pub struct BorrowError;

#[derive(Debug)]
pub struct BorrowMutError;

impl Display for BorrowError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_pad(f, "RefCell already mutably borrowed")
    }
}

impl Display for BorrowMutError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_pad(f, "RefCell already borrowed")
    }
}

pub struct Ref<'b, T> {
    value: *mut T,
    borrow: &'b Cell<isize>,
}

pub struct RefMut<'b, T> {
    value: *mut T,
    borrow: &'b Cell<isize>,
}

impl<T> RefCell<T> {
    pub fn new(value: T) -> RefCell<T> {
        RefCell {
            borrow: Cell::new(0),
            value,
        }
    }

    pub fn borrow(&self) -> Ref<T> {
        match self.try_borrow() {
            Ok(r) => r,
            Err(err) => panic!("{}", err),
        }
    }

    pub fn try_borrow(&self) -> Result<Ref<T>, BorrowError> {
        let b = self.borrow.get();
        if b < 0 {
            return Err(BorrowError);
        }
        self.borrow.set(b + 1);
        Ok(Ref {
            value: __intrinsic_ptr_from_ref::<T>(&self.value),
            borrow: &self.borrow,
        })
    }

    pub fn borrow_mut(&self) -> RefMut<T> {
        match self.try_borrow_mut() {
            Ok(r) => r,
            Err(err) => panic!("{}", err),
        }
    }

    pub fn try_borrow_mut(&self) -> Result<RefMut<T>, BorrowMutError> {
        if self.borrow.get() != 0 {
            return Err(BorrowMutError);
        }
        self.borrow.set(-1);
        Ok(RefMut {
            value: __intrinsic_ptr_from_ref::<T>(&self.value),
            borrow: &self.borrow,
        })
    }

    pub fn replace(&self, t: T) -> T {
        let mut r = self.borrow_mut();
        __std_mem_replace(&mut *r, t)
    }

    pub fn replace_with<F: FnOnce(&mut T) -> T>(&self, f: F) -> T {
        let mut r = self.borrow_mut();
        let replacement = f(&mut *r);
        __std_mem_replace(&mut *r, replacement)
    }

    pub fn swap(&self, other: &RefCell<T>) {
        let mut a = self.borrow_mut();
        let mut b = other.borrow_mut();
        __std_mem_swap(&mut *a, &mut *b);
    }

    pub fn get_mut(&mut self) -> &mut T {
        &mut self.value
    }

    pub fn into_inner(self) -> T {
        self.value
    }
}

impl<T: Default> RefCell<T> {
    pub fn take(&self) -> T {
        self.replace(T::default())
    }
}

impl<T: Clone> Clone for RefCell<T> {
    fn clone(&self) -> RefCell<T> {
        RefCell::new(self.borrow().clone())
    }
}

impl<T: Default> Default for RefCell<T> {
    fn default() -> RefCell<T> {
        RefCell::new(T::default())
    }
}

impl<T: PartialEq> PartialEq for RefCell<T> {
    fn eq(&self, other: &RefCell<T>) -> bool {
        *self.borrow() == *other.borrow()
    }
}

struct BorrowedPlaceholder;

impl Debug for BorrowedPlaceholder {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.write_str("<borrowed>")
    }
}

impl<T: Debug> Debug for RefCell<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        let mut d = f.debug_struct("RefCell");
        match self.try_borrow() {
            Ok(borrow) => d.field("value", &borrow),
            Err(_) => d.field("value", &BorrowedPlaceholder),
        };
        d.finish()
    }
}

impl<'b, T> Deref for Ref<'b, T> {
    type Target = T;

    fn deref(&self) -> &T {
        &*self.value
    }
}

impl<'b, T> Drop for Ref<'b, T> {
    fn drop(&mut self) {
        self.borrow.set(self.borrow.get() - 1);
    }
}

impl<'b, T> Ref<'b, T> {
    pub fn clone(orig: &Ref<'b, T>) -> Ref<'b, T> {
        orig.borrow.set(orig.borrow.get() + 1);
        Ref {
            value: orig.value,
            borrow: orig.borrow,
        }
    }
}

impl<'b, T: Debug> Debug for Ref<'b, T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_debug(&*self.value, f)
    }
}

impl<'b, T: Display> Display for Ref<'b, T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_display(&*self.value, f)
    }
}

impl<'b, T> Deref for RefMut<'b, T> {
    type Target = T;

    fn deref(&self) -> &T {
        &*self.value
    }
}

impl<'b, T> DerefMut for RefMut<'b, T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut *self.value
    }
}

impl<'b, T> Drop for RefMut<'b, T> {
    fn drop(&mut self) {
        self.borrow.set(self.borrow.get() + 1);
    }
}

impl<'b, T: Debug> Debug for RefMut<'b, T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_debug(&*self.value, f)
    }
}

impl<'b, T: Display> Display for RefMut<'b, T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_display(&*self.value, f)
    }
}

/// `Box<T>: AsRef<T> + AsMut<T>` (`boxed.as_ref()` gives `&T`, also for `Box<dyn Trait>`).
impl<T> Box<T> {
    pub fn as_ref(&self) -> &T {
        &**self
    }

    pub fn as_mut(&mut self) -> &mut T {
        &mut **self
    }
}

/// `Rc` and `Arc`, which differ in their atomics, which a single-threaded machine does not see:
/// `$inner` is the heap block's type.
macro_rules! rc_impls {
    ($name:ident, $inner:ident) => {
        /// The heap block behind an `Rc` or an `Arc`: the counts, then the value (`repr(C)`, as std's).
        #[repr(C)]
        pub struct $inner<T> {
            strong: Cell<usize>,
            weak: Cell<usize>,
            value: T,
        }

        pub struct $name<T> {
            ptr: *mut $inner<T>,
        }

        /// What needs the value sized (std's implicit bound; the rest is `T: ?Sized`).
        impl<T: Sized> $name<T> {
            pub fn new(value: T) -> $name<T> {
                let inner = Box::new($inner {
                    strong: Cell::new(1),
                    weak: Cell::new(1),
                    value,
                });
                $name {
                    ptr: __intrinsic_box_into_raw::<$inner<T>>(inner),
                }
            }

            pub fn try_unwrap(this: $name<T>) -> Result<T, $name<T>> {
                let inner = &*this.ptr;
                if inner.strong.get() != 1 {
                    return Err(this);
                }
                inner.strong.set(0);
                let ptr = this.ptr;
                __intrinsic_manually_drop::<$name<T>>(this);
                let value = (*ptr).value;
                let weak = (*ptr).weak.get() - 1;
                (*ptr).weak.set(weak);
                if weak == 0 {
                    __intrinsic_dealloc::<$inner<T>>(ptr);
                }
                Ok(value)
            }

            pub fn into_inner(this: $name<T>) -> Option<T> {
                match $name::try_unwrap(this) {
                    Ok(value) => Some(value),
                    Err(_) => None,
                }
            }
        }

        impl<T> $name<T> {
            pub fn strong_count(this: &$name<T>) -> usize {
                (*this.ptr).strong.get()
            }

            pub fn weak_count(this: &$name<T>) -> usize {
                (*this.ptr).weak.get() - 1
            }

            pub fn ptr_eq(this: &$name<T>, other: &$name<T>) -> bool {
                __intrinsic_ptr_eq::<$inner<T>>(this.ptr, other.ptr)
            }

            pub fn get_mut(this: &mut $name<T>) -> Option<&mut T> {
                let inner = &mut *this.ptr;
                if inner.strong.get() == 1 && inner.weak.get() == 1 {
                    Some(&mut inner.value)
                } else {
                    None
                }
            }
        }

        impl<T: Clone + Sized> $name<T> {
            /// std's order: a shared value is cloned into a block allocated first; a value only `Weak`s
            /// still see is moved to a new block, and the old one is left to them.
            pub fn make_mut(this: &mut $name<T>) -> &mut T {
                if (*this.ptr).strong.get() != 1 {
                    let fresh = __intrinsic_alloc_uninit::<$inner<T>>();
                    *fresh = $inner {
                        strong: Cell::new(1),
                        weak: Cell::new(1),
                        value: (*this.ptr).value.clone(),
                    };
                    *this = $name { ptr: fresh };
                } else if (*this.ptr).weak.get() != 1 {
                    let old = this.ptr;
                    let fresh = __intrinsic_alloc_uninit::<$inner<T>>();
                    *fresh = $inner {
                        strong: Cell::new(1),
                        weak: Cell::new(1),
                        value: (*old).value,
                    };
                    (*old).strong.set(0);
                    (*old).weak.set((*old).weak.get() - 1);
                    __intrinsic_manually_drop::<$name<T>>(__std_mem_replace(
                        this,
                        $name { ptr: fresh },
                    ));
                }
                &mut (*this.ptr).value
            }

            pub fn unwrap_or_clone(this: $name<T>) -> T {
                match $name::try_unwrap(this) {
                    Ok(value) => value,
                    Err(rc) => (*rc).clone(),
                }
            }
        }

        impl<T> Clone for $name<T> {
            fn clone(&self) -> $name<T> {
                let inner = &*self.ptr;
                inner.strong.set(inner.strong.get() + 1);
                $name { ptr: self.ptr }
            }
        }

        impl<T> Deref for $name<T> {
            type Target = T;

            fn deref(&self) -> &T {
                &(*self.ptr).value
            }
        }

        impl<T> Drop for $name<T> {
            fn drop(&mut self) {
                let strong = (*self.ptr).strong.get() - 1;
                (*self.ptr).strong.set(strong);
                if strong == 0 {
                    __intrinsic_drop_in_place::<T>(&mut (*self.ptr).value);
                    let weak = (*self.ptr).weak.get() - 1;
                    (*self.ptr).weak.set(weak);
                    if weak == 0 {
                        __intrinsic_dealloc::<$inner<T>>(self.ptr);
                    }
                }
            }
        }

        impl<T: Debug> Debug for $name<T> {
            fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
                __intrinsic_fmt_debug(&(*self.ptr).value, f)
            }
        }

        impl<T: Display> Display for $name<T> {
            fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
                __intrinsic_fmt_display(&(*self.ptr).value, f)
            }
        }

        impl<T: PartialEq> PartialEq for $name<T> {
            fn eq(&self, other: &$name<T>) -> bool {
                (*self.ptr).value == (*other.ptr).value
            }
        }

        impl<T: Default> Default for $name<T> {
            fn default() -> $name<T> {
                $name::new(T::default())
            }
        }

        impl<T: Sized> From<T> for $name<T> {
            fn from(t: T) -> $name<T> {
                $name::new(t)
            }
        }

        /// std's `allocate_for_slice`: one block for the counts and the `len` elements after
        /// them, `Layout::new::<RcInner<()>>().extend(Layout::array::<T>(len)).pad_to_align()`.
        impl<T> $name<[T]> {
            fn __allocate_for_slice(len: usize) -> *mut $inner<[T]> {
                let inner = __intrinsic_alloc_unsized::<$inner<[T]>>(len);
                (*inner).strong = Cell::new(1);
                (*inner).weak = Cell::new(1);
                inner
            }
        }

        /// std goes through `Rc<[u8]>`, whose block it sees as `str`: the same allocation.
        impl From<&str> for $name<str> {
            fn from(v: &str) -> $name<str> {
                let n = v.len();
                let inner = __intrinsic_alloc_unsized::<$inner<str>>(n);
                (*inner).strong = Cell::new(1);
                (*inner).weak = Cell::new(1);
                __intrinsic_ptr_copy::<u8>(
                    v.as_ptr(),
                    &mut (*inner).value as *mut str as *mut u8,
                    n,
                );
                $name { ptr: inner }
            }
        }

        /// The string's buffer is freed after the new block is made.
        impl From<String> for $name<str> {
            fn from(v: String) -> $name<str> {
                $name::from(v.as_str())
            }
        }

        /// Each element cloned into the new block in order (std's `from_iter_exact` over
        /// `v.iter().cloned()`; a `Copy` element's clone is its copy).
        impl<T: Clone> From<&[T]> for $name<[T]> {
            fn from(v: &[T]) -> $name<[T]> {
                let n = v.len();
                let inner = $name::<[T]>::__allocate_for_slice(n);
                let mut i = 0;
                while i < n {
                    __intrinsic_ptr_write::<T>(
                        __intrinsic_ptr_offset::<T>((*inner).value.as_mut_ptr(), i),
                        v[i].clone(),
                    );
                    i += 1;
                }
                $name { ptr: inner }
            }
        }

        /// std's `from_box_in`: a block for the counts and the box's value (sized or not), the
        /// value's bytes moved into it, then the box's block freed without dropping the value.
        impl<T> From<Box<T>> for $name<T> {
            fn from(b: Box<T>) -> $name<T> {
                let inner = __intrinsic_alloc_for_value::<$inner<T>, T>(&*b);
                (*inner).strong = Cell::new(1);
                (*inner).weak = Cell::new(1);
                __intrinsic_move_value::<T>(&*b, &mut (*inner).value as *mut T);
                __intrinsic_dealloc::<T>(__intrinsic_box_into_raw::<T>(b));
                $name { ptr: inner }
            }
        }

        /// std makes an `Rc<[T; N]>` and unsizes it: the same block as a slice's of `N`.
        impl<T, const N: usize> From<[T; N]> for $name<[T]> {
            fn from(v: [T; N]) -> $name<[T]> {
                let inner = $name::<[T]>::__allocate_for_slice(N);
                __intrinsic_ptr_copy::<T>(
                    &v as *const [T; N] as *const T as *mut T,
                    (*inner).value.as_mut_ptr(),
                    N,
                );
                __intrinsic_manually_drop::<[T; N]>(v);
                $name { ptr: inner }
            }
        }

        /// The elements are moved to the new block, then the vector's buffer is freed without
        /// dropping them.
        impl<T> From<Vec<T>> for $name<[T]> {
            fn from(v: Vec<T>) -> $name<[T]> {
                let mut v = v;
                let n = v.len;
                let inner = $name::<[T]>::__allocate_for_slice(n);
                __intrinsic_ptr_copy::<T>(v.buf.ptr, (*inner).value.as_mut_ptr(), n);
                v.len = 0;
                drop(v);
                $name { ptr: inner }
            }
        }
    };
}

rc_impls!(Rc, RcInner);
rc_impls!(Arc, ArcInner);

/// std's `Rc::<[T]>::from([])`: a block of the counts alone.
impl<T> Default for Rc<[T]> {
    fn default() -> Rc<[T]> {
        Rc {
            ptr: Rc::<[T]>::__allocate_for_slice(0),
        }
    }
}

impl Default for Rc<str> {
    fn default() -> Rc<str> {
        Rc::from("")
    }
}

/// std's `Arc<[T]>::default()` points at a static block shared by every empty `Arc`.
impl<T> Default for Arc<[T]> {
    fn default() -> Arc<[T]> {
        __intrinsic_unsupported("`Arc<[T]>::default()`, which std points at a static block");
        Arc {
            ptr: Arc::<[T]>::__allocate_for_slice(0),
        }
    }
}

impl Default for Arc<str> {
    fn default() -> Arc<str> {
        __intrinsic_unsupported("`Arc<str>::default()`, which std points at a static block");
        Arc::from("")
    }
}

/// `Weak::new()` points nowhere (std's dangling `usize::MAX`): upgrading it gives `None`.
pub struct Weak<T> {
    ptr: *mut RcInner<T>,
}

impl<T> Rc<T> {
    pub fn downgrade(this: &Rc<T>) -> Weak<T> {
        let inner = &*this.ptr;
        inner.weak.set(inner.weak.get() + 1);
        Weak { ptr: this.ptr }
    }
}

impl<T> Weak<T> {
    pub fn new() -> Weak<T> {
        Weak {
            ptr: __intrinsic_dangling::<RcInner<T>>(),
        }
    }

    pub fn upgrade(&self) -> Option<Rc<T>> {
        if __intrinsic_is_dangling::<RcInner<T>>(self.ptr) {
            return None;
        }
        let inner = &*self.ptr;
        let strong = inner.strong.get();
        if strong == 0 {
            return None;
        }
        inner.strong.set(strong + 1);
        Some(Rc { ptr: self.ptr })
    }

    pub fn strong_count(&self) -> usize {
        if __intrinsic_is_dangling::<RcInner<T>>(self.ptr) {
            return 0;
        }
        (*self.ptr).strong.get()
    }

    pub fn weak_count(&self) -> usize {
        if __intrinsic_is_dangling::<RcInner<T>>(self.ptr) {
            return 0;
        }
        let inner = &*self.ptr;
        if inner.strong.get() > 0 {
            inner.weak.get() - 1
        } else {
            0
        }
    }

    pub fn ptr_eq(&self, other: &Weak<T>) -> bool {
        __intrinsic_ptr_eq::<RcInner<T>>(self.ptr, other.ptr)
    }
}

impl<T> Clone for Weak<T> {
    fn clone(&self) -> Weak<T> {
        if !__intrinsic_is_dangling::<RcInner<T>>(self.ptr) {
            let inner = &*self.ptr;
            inner.weak.set(inner.weak.get() + 1);
        }
        Weak { ptr: self.ptr }
    }
}

impl<T> Default for Weak<T> {
    fn default() -> Weak<T> {
        Weak::new()
    }
}

impl<T> Debug for Weak<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.write_str("(Weak)")
    }
}

impl<T> Drop for Weak<T> {
    fn drop(&mut self) {
        if __intrinsic_is_dangling::<RcInner<T>>(self.ptr) {
            return;
        }
        let inner = &*self.ptr;
        let weak = inner.weak.get() - 1;
        inner.weak.set(weak);
        if weak == 0 {
            __intrinsic_dealloc::<RcInner<T>>(self.ptr);
        }
    }
}
