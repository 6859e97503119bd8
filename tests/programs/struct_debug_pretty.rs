// Checks: {:?} and {:#?} derive(Debug) output for nested structs, tuples, Options, Vecs and enums.
#[derive(Debug)]
enum Kind {
    Leaf,
    Node(u8, char),
    Named { id: u32, tag: &'static str },
}

#[derive(Debug)]
struct Inner {
    a: i32,
    b: Option<String>,
}

#[derive(Debug)]
struct Outer {
    name: &'static str,
    pair: (i32, f64),
    inner: Inner,
    list: Vec<Kind>,
    empty: Vec<u8>,
    unit: (),
}

fn main() {
    let o = Outer {
        name: "outer \"q\"",
        pair: (-1, 2.5),
        inner: Inner { a: 7, b: Some(String::from("hi\n")) },
        list: vec![Kind::Leaf, Kind::Node(3, 'x'), Kind::Named { id: 9, tag: "t" }],
        empty: vec![],
        unit: (),
    };
    println!("{:?}", o);
    println!("{:#?}", o);
    let none: Option<Inner> = None;
    println!("{:?} {:#?}", none, Some(Inner { a: 0, b: None }));
}
