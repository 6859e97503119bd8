// Rejects: deriving Clone for a struct whose field's type is not Clone (E0277).
struct Inner;

#[derive(Clone)]
struct Top {
    a: i32,
    o: Inner,
}

fn main() {
    let t = Top { a: 1, o: Inner };
    let _u = t.clone();
}
