// Types with lifetime parameters written with and without them where elision allows it.
struct Holder<'a> { r: &'a str }
struct Pair<'a, 'b> { a: Holder<'a>, b: &'b str }
fn name(h: Holder<'_>) -> &str { h.r }
fn wrap(s: &str) -> Holder { Holder { r: s } }
fn wrap2(s: &str) -> Holder<'_> { Holder { r: s } }
impl<'a> Holder<'a> { fn get(&self) -> &str { self.r } fn again(&self) -> Holder { Holder { r: self.r } } }
fn main() { let p = Pair { a: Holder { r: "a" }, b: "b" }; println!("{} {} {} {} {} {} {}", name(Holder { r: "x" }), "y", wrap("z").r, wrap2("w").r, p.a.get(), p.b, p.a.again().r); }
