// Rejects: deriving PartialEq for a struct whose field's type is not PartialEq (E0369).
#[derive(Debug)]
struct Inner;

#[derive(Debug, PartialEq)]
struct Top {
    o: Inner,
}

fn main() {
    println!("{:?}", Top { o: Inner });
}
