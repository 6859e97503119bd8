// macro_rules! repetitions (`*`, `+`, `?`, separators, nested), several arms, recursion, macros calling
// macros, and a macro defining items at the top level and one local to main.
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}
macro_rules! maximum {
    ($x:expr) => { $x };
    ($x:expr, $($rest:expr),+) => {{
        let a = $x;
        let b = maximum!($($rest),+);
        if a > b { a } else { b }
    }};
}
macro_rules! make_point {
    ($name:ident, $t:ty) => {
        #[derive(Debug)]
        struct $name {
            x: $t,
            y: $t,
        }
    };
}
make_point!(Point, i64);
macro_rules! hashmapish {
    ($($k:literal => $v:expr),* $(,)?) => {{
        let mut v = Vec::new();
        $( v.push(($k, $v)); )*
        v
    }};
}
fn main() {
    let a = 1;
    println!("{}", square!(a + 2));
    println!("{}", maximum!(3, 9, 4));
    let p = Point { x: 1, y: 2 };
    println!("{:?}", p);
    let v = hashmapish!("a" => 1, "b" => 2,);
    println!("{:?}", v);
    let x = 10;
    macro_rules! shadow {
        ($e:expr) => {{
            let x = 100;
            $e + x
        }};
    }
    println!("{}", shadow!(x));
    macro_rules! decl {
        ($n:ident) => {
            let $n = 5;
        };
    }
    decl!(q);
    println!("{}", q);
}
