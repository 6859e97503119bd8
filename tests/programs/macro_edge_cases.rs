// macro_rules! corners: braces around the invocation, `$(...)?`, tuple fields and labels in a
// body, a closure as a fragment, an enum and its impl made by one macro, a block-local macro.
macro_rules! block_mac {
    {$($s:stmt;)*} => {
        $($s;)*
    };
}
macro_rules! opt {
    ($a:expr $(, $b:expr)?) => {
        $a $(+ $b)?
    };
}
macro_rules! tuple_idx {
    ($t:expr) => { $t.0 + $t.1 };
}
macro_rules! labeled {
    ($n:expr) => {{
        let mut i = 0;
        'outer: loop {
            i += 1;
            if i >= $n { break 'outer; }
        }
        i
    }};
}
macro_rules! closure_mac {
    ($f:expr, $v:expr) => { ($f)($v) };
}
macro_rules! mk_enum {
    ($name:ident { $($v:ident),* }) => {
        #[derive(Debug, Clone, Copy, PartialEq)]
        enum $name { $($v),* }
        impl $name {
            fn all() -> Vec<$name> { vec![$($name::$v),*] }
        }
    };
}
mk_enum!(Color { Red, Green, Blue });
fn main() {
    block_mac! {
        let a = 1;
        let b = a + 1;
        println!("{}", a + b);
    }
    println!("{} {}", opt!(1), opt!(1, 2));
    let t = (3, 4);
    println!("{}", tuple_idx!(t));
    println!("{}", labeled!(5));
    println!("{}", closure_mac!(|x: i32| x * 10, 4));
    println!("{:?}", Color::all());
    let x = 5;
    let y = { macro_rules! inner { () => { x + 1 }; } inner!() };
    println!("{}", y);
}
