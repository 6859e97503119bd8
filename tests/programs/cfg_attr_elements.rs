// #[cfg_attr(..)] (derives, lints, nested) and #[cfg] on functions, fields, variants, impl and trait
// items, match arms, statements, array elements and call arguments, and cfg!, for rustc's target here.
#[cfg(test)]
fn only_test() -> i32 { 1 }
#[cfg(not(test))]
fn only_test() -> i32 { 2 }
#[cfg_attr(debug_assertions, derive(Debug))]
struct D { a: i32, #[cfg(feature = "x")] b: i32, #[cfg(unix)] c: u8 }
#[cfg_attr(not(debug_assertions), derive(Debug))]
#[derive(Clone)]
struct E;
#[cfg_attr(all(unix, target_pointer_width = "64"), derive(PartialEq, Debug), allow(dead_code))]
struct F(i32);
enum G { A, #[cfg(windows)] B, C }
struct T;
impl T {
    #[cfg(target_os = "linux")]
    fn os(&self) -> &'static str { "linux" }
    #[cfg(not(target_os = "linux"))]
    fn os(&self) -> &'static str { "other" }
}
trait Tr { #[cfg(unix)] fn u(&self) -> i32 { 1 } #[cfg(windows)] fn w(&self) -> i32; }
impl Tr for T {}
#[cfg(any(windows, target_os = "macos"))]
mod never { pub fn x() {} }
fn main() {
    println!("{}", only_test());
    println!("{}", i32::max(4, #[cfg(windows)] 9, #[cfg(unix)] 7));
    let d = D { a: 1, #[cfg(feature = "x")] b: 2, #[cfg(unix)] c: 3 };
    println!("{:?} {}", d, std::mem::size_of::<D>());
    let f = F(1);
    println!("{}", f == F(1));
    let g = G::C;
    match g {
        G::A => println!("a"),
        #[cfg(windows)]
        G::B => println!("b"),
        G::C => println!("c"),
    }
    #[cfg(debug_assertions)]
    println!("debug");
    #[cfg(not(debug_assertions))]
    println!("release");
    let x = if cfg!(target_pointer_width = "64") { 64 } else { 32 };
    println!("{} {} {} {}", x, cfg!(unix), cfg!(test), cfg!(feature = "x"));
    println!("{} {}", cfg!(all(unix, not(windows), any(target_os = "linux", target_os = "macos"))), cfg!(any()));
    println!("{}", cfg!(all()));
    println!("{} {}", T.os(), T.u());
    let v = vec![1, #[cfg(unix)] 2, #[cfg(windows)] 3];
    println!("{:?}", v);
    let t = (1, 2);
    println!("{:?}", t);
    #[cfg(unix)]
    {
        println!("block");
    }
    let y = { #[cfg(unix)] { 5 } };
    println!("{}", y);
    #[cfg(debug_assertions)]
    let z = 1;
    #[cfg(not(debug_assertions))]
    let z = 2;
    println!("{}", z);
    #[cfg_attr(unix, allow(unused_variables))]
    let unused = 3;
    if cfg!(debug_assertions) { println!("dbg"); }
    debug_assert!(z == 1, "not debug");
}
#[cfg(test)]
mod tests {
    #[test]
    fn t() { assert!(false); }
}
