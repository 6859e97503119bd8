fn show(v: &i32) {
    let copy = *v;
}

fn main() {
    let bb = Box::new(Box::new(5));
    let r = &bb;
    show(r);
}
