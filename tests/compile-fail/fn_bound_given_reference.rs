// Rejects: a reference to a String passed where `F: FnMut(i32)` is expected (E0277).
fn each<F: FnMut(i32)>(mut f: F) {
    for i in 0..3 {
        f(i);
    }
}

fn main() {
    let label = String::from("n");
    each(|i| println!("{} {}", label, i));
    each(&label);
}
