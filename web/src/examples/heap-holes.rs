// Freeing `b` leaves a hole in the heap; the next box fills it.
fn show(n: i32) {
    let m = n;
}

fn main() {
    let a = Box::new(1);
    let b = Box::new(2);
    let c = Box::new(3);
    drop(b);
    show(*a);
    let d = Box::new(4);
    show(*d);
}
