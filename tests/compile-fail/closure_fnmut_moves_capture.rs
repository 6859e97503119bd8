// Rejects: a closure passed where FnMut is required moves a captured String out (E0507).
fn call_twice<F: FnMut()>(mut f: F) {
    f();
    f();
}

fn main() {
    let s = String::from("hi");
    call_twice(|| {
        drop(s);
    });
}
