// Checks: a bare Debug bound without a use finds the prelude's derive macro, not the trait.
fn show<T: Debug>(t: T) {}
fn main() { show(1); }
