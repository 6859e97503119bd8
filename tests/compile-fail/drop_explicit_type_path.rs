// Rejects: calling a destructor through its type's path (E0040).
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut d = D(1);
    D::drop(&mut d);
}
