// Rejects: two mutable borrows of a binding not declared `mut` (E0596): rustc's borrow checker
// reports them once, at the binding, with each borrow labelled, before the second borrow's
// own error (E0499).
fn main() {
    let names = Vec::new();
    let first = &mut names;
    let second = &mut names;
    first.push("a");
    second.push("b");
}
