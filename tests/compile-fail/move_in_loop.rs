fn main() {
    let b = Box::new(1);
    let mut i = 0;
    while i < 2 {
        drop(b);
        i += 1;
    }
}
