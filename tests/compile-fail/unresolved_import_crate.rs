// Checks: importing from a crate that is not linked.
use rand::Rng;

fn main() {
    println!("hi");
}
