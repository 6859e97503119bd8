//! Raw pointers: `*const T` and `*mut T`'s methods, `std::ptr`'s functions and
//! `slice::from_raw_parts`, with std's signatures (the same `unsafe fn`s). The machine checks
//! what reaches memory (`__intrinsic_ptr_read`, `__intrinsic_ptr_write`, `__intrinsic_ptr_copy`,
//! `__intrinsic_raw_slice`) as it checks the program's `*p` (machine/raw-pointers.ts); moving a
//! pointer (`add`, `offset`) keeps its provenance and checks nothing, as in std.

fn __intrinsic_ptr_offset_back<T>(ptr: *mut T, n: usize) -> *mut T {
    unreachable!()
}
fn __intrinsic_ptr_distance<T>(a: *const T, b: *const T) -> isize {
    unreachable!()
}
fn __intrinsic_ptr_is_null<T>(ptr: *const T) -> bool {
    unreachable!()
}
fn __intrinsic_ptr_read<T>(src: *const T) -> T {
    unreachable!()
}
fn __intrinsic_ptr_write<T>(dst: *mut T, value: T) {
    unreachable!()
}
fn __intrinsic_ptr_copy<T>(src: *const T, dst: *mut T, count: usize) {
    unreachable!()
}
fn __intrinsic_box_from_raw<T>(raw: *mut T) -> Box<T> {
    unreachable!()
}
fn __intrinsic_raw_slice<T>(data: *const T, len: usize) -> &'static mut [T] {
    unreachable!()
}

/// `ptr.offset(n)`: forwards or backwards by `n` elements.
fn __ptr_offset<T>(ptr: *mut T, count: isize) -> *mut T {
    if count >= 0 {
        __intrinsic_ptr_offset::<T>(ptr, count as usize)
    } else {
        __intrinsic_ptr_offset_back::<T>(ptr, count.unsigned_abs())
    }
}

macro_rules! raw_pointer_impl {
    ($ptr:ty) => {
        impl<T> $ptr {
            pub fn is_null(self) -> bool {
                __intrinsic_ptr_is_null::<T>(self as *const T)
            }

            pub unsafe fn add(self, count: usize) -> $ptr {
                __intrinsic_ptr_offset::<T>(self as *mut T, count) as $ptr
            }

            pub unsafe fn sub(self, count: usize) -> $ptr {
                __intrinsic_ptr_offset_back::<T>(self as *mut T, count) as $ptr
            }

            pub unsafe fn offset(self, count: isize) -> $ptr {
                __ptr_offset::<T>(self as *mut T, count) as $ptr
            }

            pub fn wrapping_add(self, count: usize) -> $ptr {
                __intrinsic_ptr_offset::<T>(self as *mut T, count) as $ptr
            }

            pub fn wrapping_sub(self, count: usize) -> $ptr {
                __intrinsic_ptr_offset_back::<T>(self as *mut T, count) as $ptr
            }

            pub fn wrapping_offset(self, count: isize) -> $ptr {
                __ptr_offset::<T>(self as *mut T, count) as $ptr
            }

            pub unsafe fn offset_from(self, origin: *const T) -> isize {
                __intrinsic_ptr_distance::<T>(self as *const T, origin)
            }

            pub unsafe fn read(self) -> T {
                __intrinsic_ptr_read::<T>(self as *const T)
            }

            pub unsafe fn as_ref<'a>(self) -> Option<&'a T> {
                if self.is_null() { None } else { Some(&*self) }
            }
        }
    };
}

raw_pointer_impl!(*const T);
raw_pointer_impl!(*mut T);

impl<T> *const T {
    pub fn cast_mut(self) -> *mut T {
        self as *mut T
    }
}

impl<T> *mut T {
    pub fn cast_const(self) -> *const T {
        self as *const T
    }

    pub unsafe fn write(self, val: T) {
        __intrinsic_ptr_write::<T>(self, val)
    }

    pub unsafe fn as_mut<'a>(self) -> Option<&'a mut T> {
        if self.is_null() {
            None
        } else {
            Some(&mut *self)
        }
    }

    pub unsafe fn replace(self, src: T) -> T {
        let old = __intrinsic_ptr_read::<T>(self as *const T);
        __intrinsic_ptr_write::<T>(self, src);
        old
    }

    pub unsafe fn swap(self, with: *mut T) {
        __std_ptr_swap(self, with)
    }
}

pub const fn __std_ptr_null<T>() -> *const T {
    0 as *const T
}

pub const fn __std_ptr_null_mut<T>() -> *mut T {
    0 as *mut T
}

pub unsafe fn __std_ptr_read<T>(src: *const T) -> T {
    __intrinsic_ptr_read::<T>(src)
}

pub unsafe fn __std_ptr_write<T>(dst: *mut T, src: T) {
    __intrinsic_ptr_write::<T>(dst, src)
}

pub unsafe fn __std_ptr_swap<T>(x: *mut T, y: *mut T) {
    let tmp = __intrinsic_ptr_read::<T>(x as *const T);
    __intrinsic_ptr_copy::<T>(y as *const T, x, 1);
    __intrinsic_ptr_write::<T>(y, tmp);
}

pub unsafe fn __std_ptr_copy<T>(src: *const T, dst: *mut T, count: usize) {
    __intrinsic_ptr_copy::<T>(src, dst, count)
}

pub unsafe fn __std_ptr_copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize) {
    __intrinsic_ptr_copy::<T>(src, dst, count)
}

pub fn __std_ptr_eq<T>(a: *const T, b: *const T) -> bool {
    a == b
}

pub unsafe fn __std_slice_from_raw_parts<'a, T>(data: *const T, len: usize) -> &'a [T] {
    __intrinsic_raw_slice::<T>(data, len)
}

pub unsafe fn __std_slice_from_raw_parts_mut<'a, T>(data: *mut T, len: usize) -> &'a mut [T] {
    __intrinsic_raw_slice::<T>(data as *const T, len)
}

impl<T> [T] {
    pub fn as_ptr(&self) -> *const T {
        self as *const [T] as *const T
    }

    pub fn as_mut_ptr(&mut self) -> *mut T {
        self as *mut [T] as *mut T
    }
}

impl<T> Box<T> {
    pub fn into_raw(b: Box<T>) -> *mut T {
        __intrinsic_box_into_raw::<T>(b)
    }

    pub unsafe fn from_raw(raw: *mut T) -> Box<T> {
        __intrinsic_box_from_raw::<T>(raw)
    }
}

impl<T> Vec<T> {
    pub fn as_ptr(&self) -> *const T {
        self.buf.ptr as *const T
    }

    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.buf.ptr
    }
}

impl str {
    pub fn as_ptr(&self) -> *const u8 {
        __str_bytes(self) as *const [u8] as *const u8
    }

    pub fn as_mut_ptr(&mut self) -> *mut u8 {
        __str_bytes(self) as *const [u8] as *mut u8
    }
}
