// Rejects: a struct holding itself through another type's generic field and a tuple (E0072).
struct Wrap<T>(T);

struct Tree {
    pair: (i32, Wrap<Tree>),
}

fn main() {
    let w = Wrap(5);
    println!("{}", w.0);
}
