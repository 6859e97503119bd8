// Rejects: calling a destructor through the Drop trait (E0040).
struct D;

impl Drop for D {
    fn drop(&mut self) {}
}

fn main() {
    let mut d = D;
    Drop::drop(&mut d);
}
