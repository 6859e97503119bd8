//! `Box<str>` and `Box<[T]>` made from a `String` or a `Vec`: std shrinks the buffer to its
//! length (a `realloc`, or a `dealloc` when it is empty) and the box takes it over.

fn __intrinsic_box_slice_from_raw_parts<T>(ptr: *mut T, len: usize) -> Box<[T]> {
    unreachable!()
}

impl String {
    pub fn into_boxed_str(self) -> Box<str> {
        let mut vec = self.vec;
        vec.shrink_to_fit();
        let len = vec.len();
        let ptr = vec.as_mut_ptr();
        __intrinsic_manually_drop::<Vec<u8>>(vec);
        __intrinsic_box_str_from_raw_parts(ptr, len)
    }
}

impl<T> Vec<T> {
    pub fn into_boxed_slice(self) -> Box<[T]> {
        let mut vec = self;
        vec.shrink_to_fit();
        let len = vec.len();
        let ptr = vec.as_mut_ptr();
        __intrinsic_manually_drop::<Vec<T>>(vec);
        __intrinsic_box_slice_from_raw_parts::<T>(ptr, len)
    }
}

impl From<String> for Box<str> {
    fn from(s: String) -> Box<str> {
        s.into_boxed_str()
    }
}

impl<T> From<Vec<T>> for Box<[T]> {
    fn from(v: Vec<T>) -> Box<[T]> {
        v.into_boxed_slice()
    }
}

impl<T: Clone> From<&[T]> for Box<[T]> {
    fn from(s: &[T]) -> Box<[T]> {
        s.to_vec().into_boxed_slice()
    }
}
