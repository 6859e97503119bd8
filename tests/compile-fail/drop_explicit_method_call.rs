// Rejects: calling a destructor as a method (E0040).
struct D;

impl Drop for D {
    fn drop(&mut self) {
        println!("drop");
    }
}

fn main() {
    let mut d = D;
    d.drop();
}
