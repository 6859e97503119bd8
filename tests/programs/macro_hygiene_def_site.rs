// Hygiene for locals as rustc does it: a name a macro's own tokens write is looked up where the
// macro is defined (a local shadowed after a block-local macro's definition is still the one it
// sees), a format string's captures included; a binding made by tokens one macro passes to
// another is the first macro's; a macro's items and `self` see their own names.
macro_rules! stmts {
    ($($s:stmt;)*) => { $($s;)* };
}
macro_rules! outer {
    ($e:expr) => {{
        stmts! { let x = $e; let y = x * 2; }
        x + y
    }};
}
macro_rules! make_adder {
    ($name:ident, $n:expr) => {
        fn $name(x: i32) -> i32 {
            let y = $n;
            x + y
        }
    };
}
make_adder!(add5, 5);
const LIMIT: i32 = 3;
fn helper() -> i32 { 40 }
macro_rules! uses_items {
    () => { LIMIT + helper() };
}
macro_rules! getter {
    ($t:ident, $f:ident) => {
        impl $t {
            fn $f(&self) -> i32 { self.$f * 10 }
        }
    };
}
struct P { a: i32 }
getter!(P, a);
macro_rules! with_self {
    ($s:ident) => { $s.a + 1 };
}
impl P {
    fn plus(&self) -> i32 { with_self!(self) }
}
macro_rules! twice_block {
    ($b:block) => {{ let first = $b; let second = $b; first + second }};
}
fn main() {
    let x = 100;
    let y = 1000;
    println!("{}", outer!(7));
    println!("{} {}", x, y);
    println!("{}", add5(x));
    let LIMIT_SHADOW = 1;
    let helper_value = LIMIT_SHADOW;
    println!("{} {}", uses_items!(), helper_value);
    let p = P { a: 4 };
    println!("{} {}", p.a(), p.plus());
    let first = 3;
    println!("{}", twice_block!({ first + 1 }));
    let base = 10;
    macro_rules! add_base { ($e:expr) => { $e + base }; }
    let base = 1000;
    let f = |z: i32| add_base!(z);
    println!("{} {}", f(1), base);
    captures();
    for base in 0..2 {
        println!("{}", add_base!(base));
    }
}
macro_rules! show_own {
    () => {{
        let v = 3;
        println!("own {v}");
    }};
}
macro_rules! show_arg {
    ($e:expr) => {{
        let w = $e;
        println!("arg {w} {}", w + 1);
    }};
}
fn captures() {
    let v = 1;
    show_own!();
    show_arg!(v * 5);
    println!("{v}");
}
