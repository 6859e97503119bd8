// `$crate` in a macro is the program's crate; a macro's body defines another macro with its own
// metavariables (an `$x` the outer matcher does not bind is passed on as written).
pub fn helper(x: i32) -> i32 { x * 3 }
pub mod util { pub fn inc(x: i32) -> i32 { x + 1 } }
macro_rules! call_helper { ($e:expr) => { $crate::helper($crate::util::inc($e)) }; }
macro_rules! make_getter {
    ($name:ident, $v:expr) => {
        macro_rules! $name { () => { $v }; ($x:expr) => { $v + $x }; }
    };
}
make_getter!(five, 5);
fn main() {
    println!("{}", call_helper!(1));
    println!("{} {}", five!(), five!(10));
}
