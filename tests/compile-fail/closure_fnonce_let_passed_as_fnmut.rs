// Rejects: a closure bound to a variable, which moves its capture out, passed where FnMut is required (E0525).
fn call_twice<F: FnMut()>(mut f: F) {
    f();
    f();
}

fn main() {
    let s = String::from("a");
    let f = || drop(s);
    call_twice(f);
}
