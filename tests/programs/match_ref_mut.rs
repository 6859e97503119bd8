// Checks: `ref` and `ref mut` bindings in patterns, and binding modes when matching on &mut.
#[derive(Debug)]
struct Pair {
    a: String,
    b: i32,
}

fn main() {
    let mut p = Pair { a: String::from("hi"), b: 1 };
    match p {
        Pair { ref a, ref mut b } => {
            *b += 10;
            println!("a={} b={}", a, b);
        }
    }
    println!("{:?}", p);
    let mut v = Some(String::from("x"));
    if let Some(ref mut s) = v {
        s.push_str("yz");
    }
    println!("{:?}", v);
    match &mut p {
        Pair { a, b } => {
            a.push('!');
            *b *= 2;
        }
    }
    println!("{:?}", p);
    let t = (String::from("left"), String::from("right"));
    let (ref l, _) = t;
    println!("{} {}", l, t.1);
    let mut n = 5;
    let ref mut m = n;
    *m += 1;
    println!("{}", n);
}
