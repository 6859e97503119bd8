// macro_rules! with every fragment specifier: ident, ty, tt, expr, pat, pat_param, literal,
// block, stmt, path, vis, lifetime, item and meta.
macro_rules! show_ident {
    ($i:ident) => {
        println!("{} = {}", stringify!($i), $i)
    };
}
macro_rules! typed_zero {
    ($t:ty) => {
        <$t>::default()
    };
}
macro_rules! first_tt {
    ($a:tt $($rest:tt)*) => {
        $a
    };
}
macro_rules! is_match {
    ($e:expr, $p:pat) => {
        match $e {
            $p => true,
            _ => false,
        }
    };
}
macro_rules! one_of {
    ($e:expr, $($p:pat_param)|+) => {
        match $e {
            $($p)|+ => "yes",
            _ => "no",
        }
    };
}
macro_rules! lit {
    ($l:literal) => {
        $l
    };
}
macro_rules! run_block {
    ($b:block) => {
        $b
    };
}
macro_rules! run_stmt {
    ($s:stmt) => {
        $s;
    };
}
macro_rules! call_path {
    ($p:path) => {
        $p(2)
    };
}
macro_rules! with_vis {
    ($v:vis struct $n:ident;) => {
        #[derive(Debug)]
        $v struct $n;
    };
}
with_vis!(pub struct Unit;);
macro_rules! longest {
    ($l:lifetime) => {
        fn longest<$l>(a: &$l str, b: &$l str) -> &$l str {
            if a.len() >= b.len() { a } else { b }
        }
    };
}
longest!('a);
macro_rules! make_item {
    ($i:item) => {
        $i
    };
}
make_item!(fn double(x: i32) -> i32 { x * 2 });
macro_rules! attr {
    ($m:meta, $i:item) => {
        #[$m]
        $i
    };
}
attr!(derive(Debug, Clone), struct Pair(i32, i32););

mod util {
    pub fn triple(x: i32) -> i32 {
        x * 3
    }
}

fn main() {
    let answer = 42;
    show_ident!(answer);
    let z: i64 = typed_zero!(i64);
    println!("{}", z);
    println!("{}", first_tt!(7 8 9));
    println!("{}", is_match!(Some(3), Some(1..=5)));
    println!("{}", one_of!(4, 1 | 2 | 3));
    println!("{}", one_of!(2, 1 | 2 | 3));
    println!("{}", lit!(-5));
    let b = run_block!({ let t = 3; t * t });
    println!("{}", b);
    run_stmt!(let s = 11);
    println!("{}", s);
    println!("{}", call_path!(util::triple));
    println!("{:?}", Unit);
    println!("{}", longest("ab", "abc"));
    println!("{}", double(21));
    let p = Pair(1, 2);
    println!("{:?}", p.clone());
}
