// A box inside a box: `bb` points to a heap cell that points to another.
fn show(v: &i32) {
    let copy = *v;
}

fn main() {
    let bb = Box::new(Box::new(5));
    let r = &bb;
    show(r);
}
