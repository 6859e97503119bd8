//! `std::error::Error` and the `Box<dyn Error>` conversions `?` relies on, in std's shapes
//! (library/core/src/error.rs, library/alloc/src/boxed/convert.rs).

pub trait Error: Debug + Display {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        None
    }
}

impl<E: Error> From<E> for Box<dyn Error> {
    fn from(err: E) -> Box<dyn Error> {
        Box::new(err)
    }
}
