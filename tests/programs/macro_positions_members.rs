// A program's macros in every position: types (statics, fields, closures, generic arguments),
// patterns, impl and trait members, items (constants, impls for several types), and items made
// inside a block (scoped to it).
macro_rules! int_ty { () => { i64 }; }
macro_rules! pair_ty { ($t:ty) => { ($t, $t) }; }
macro_rules! some_pat { ($p:pat) => { Some($p) }; }
macro_rules! range_pat { () => { 1..=5 }; }
macro_rules! methods {
    ($($name:ident => $v:expr),*) => { $(fn $name(&self) -> i32 { self.0 + $v })* };
}
macro_rules! konst { ($n:ident, $v:expr) => { const $n: i32 = $v; }; }
struct W(i32);
impl W { methods!(one => 1, two => 2); }
konst!(TEN, 10);
static S: int_ty!() = 5;
struct Holder { p: pair_ty!(u8) }
trait Greet { fn hi(&self) -> String; }
macro_rules! impl_greet {
    ($($t:ty),*) => { $(impl Greet for $t { fn hi(&self) -> String { format!("hi {}", self) } })* };
}
impl_greet!(i32, &str, String);
macro_rules! decl {
    ($n:ident) => {
        fn $n(&self) -> i32 {
            7
        }
    };
}
trait Seven {
    decl!(seven);
}
impl Seven for W {}
macro_rules! make_fn {
    ($n:ident) => {
        fn $n() -> i32 {
            3
        }
    };
}
macro_rules! make_struct {
    ($n:ident) => {
        #[derive(Debug)]
        struct $n {
            a: i32,
        }
    };
}
fn main() {
    make_fn!(three);
    make_struct!(Local);
    println!("{} {:?} {}", three(), Local { a: 1 }, W(0).seven());
    {
        make_fn!(three);
        println!("{}", three() + 1);
    }
    let x: int_ty!() = 3;
    let p: pair_ty!(i32) = (1, 2);
    println!("{} {:?}", x, p);
    match Some(3) { some_pat!(range_pat!()) => println!("in"), _ => println!("out") }
    if let some_pat!(v) = Some(9) { println!("{}", v); }
    let w = W(5);
    println!("{} {} {} {}", w.one(), w.two(), TEN, S);
    let h = Holder { p: (1, 2) };
    println!("{:?}", h.p);
    println!("{} {} {}", 1.hi(), "a".hi(), String::from("s").hi());
    let v: Vec<pair_ty!(u8)> = vec![(1, 2)];
    println!("{:?}", v);
    let c = |a: int_ty!()| -> int_ty!() { a * 2 };
    println!("{}", c(4));
}
