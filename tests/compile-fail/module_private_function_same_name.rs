// Rejects (E0603): `a::g` is private, while `b::g`, an item of the same name, is public.
mod a {
    pub fn f() -> i32 { 1 }
    fn g() -> i32 { 2 }
}
mod b {
    pub fn f() -> i32 { 3 }
    pub fn g() -> i32 { 4 }
}
fn main() {
    println!("{}", a::f() + b::f() + b::g() + a::g());
}
