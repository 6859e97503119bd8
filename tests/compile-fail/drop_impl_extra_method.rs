// Rejects: a Drop impl with a method Drop does not have (E0407).
struct D;

impl Drop for D {
    fn drop(&mut self) {}
    fn close(&mut self) {}
}

fn main() {
    let _d = D;
}
