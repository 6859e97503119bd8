// Rejects: a Drop impl whose `drop` takes `&self` (E0053).
struct D;

impl Drop for D {
    fn drop(&self) {
        println!("drop");
    }
}

fn main() {
    let _d = D;
}
