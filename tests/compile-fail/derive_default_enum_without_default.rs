#[derive(Default, Debug)]
enum E { A, B }
fn main() {
    println!("{:?} {:?}", E::default(), E::B);
}
