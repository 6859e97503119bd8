// Checks: std's `ShrAssign` impls are not `#[track_caller]`: a generic `x >>= n` by the width
// or more panics at `shr_assign_impl_all!` in core/src/ops/bit.rs.
use std::ops::ShrAssign;

fn halve_times<T: ShrAssign + Copy>(mut x: T, n: T) -> T {
    x >>= n;
    x
}

fn main() {
    let mut n = 60;
    while n < 70 {
        println!("{}", halve_times(u64::MAX, n));
        n += 2;
    }
}
