// Rejects: deriving the same trait twice (E0119).
#[derive(Debug, PartialEq, Debug)]
struct S;

fn main() {
    println!("{:?}", S);
}
