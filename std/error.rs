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

/// std's private wrapper that makes a `String` an error: it formats as the string does.
struct __StringError(String);

impl Error for __StringError {}

impl Display for __StringError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_display::<String>(&self.0, f)
    }
}

impl Debug for __StringError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        __intrinsic_fmt_debug::<String>(&self.0, f)
    }
}

impl From<String> for Box<dyn Error> {
    fn from(err: String) -> Box<dyn Error> {
        Box::new(__StringError(err))
    }
}

impl From<&str> for Box<dyn Error> {
    fn from(err: &str) -> Box<dyn Error> {
        From::from(String::from(err))
    }
}

impl<E: Error + Send + Sync> From<E> for Box<dyn Error + Send + Sync> {
    fn from(err: E) -> Box<dyn Error + Send + Sync> {
        Box::new(err)
    }
}

impl From<String> for Box<dyn Error + Send + Sync> {
    fn from(err: String) -> Box<dyn Error + Send + Sync> {
        Box::new(__StringError(err))
    }
}

impl From<&str> for Box<dyn Error + Send + Sync> {
    fn from(err: &str) -> Box<dyn Error + Send + Sync> {
        From::from(String::from(err))
    }
}

impl Error for ParseIntError {}
impl Error for ParseFloatError {}
impl Error for ParseBoolError {}
impl Error for ParseCharError {}
impl Error for TryFromIntError {}
impl Error for CharTryFromError {}
impl Error for TryFromCharError {}
impl Error for Infallible {}

/// `fmt::Error`, the unit struct a failed `write!` returns.
impl Error for Error {}

impl Display for Error {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.write_str("an error occurred when formatting an argument")
    }
}
