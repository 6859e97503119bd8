//! `std::env::args()`: the program's arguments, which for a run is its name alone, as the
//! binary sees it when run as `./NAME` (library/std/src/sys/args/unix.rs copies them into a
//! `Vec` when asked).

/// The program's name, `./NAME`, as a `String` of its exact length.
fn __intrinsic_program_name() -> String {
    unreachable!()
}

pub struct Args {
    inner: IntoIter<String>,
}

fn __std_env_args() -> Args {
    let mut args = Vec::with_capacity(1);
    args.push(__intrinsic_program_name());
    Args {
        inner: args.into_iter(),
    }
}

impl Iterator for Args {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl DoubleEndedIterator for Args {
    fn next_back(&mut self) -> Option<String> {
        self.inner.next_back()
    }
}

impl ExactSizeIterator for Args {}
