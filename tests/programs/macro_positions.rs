// macro_rules! in item, impl, type and pattern position.
trait Describe {
    fn describe(&self) -> String;
}
macro_rules! impl_describe {
    ($($t:ty => $name:literal),+ $(,)?) => {
        $(
            impl Describe for $t {
                fn describe(&self) -> String {
                    let name: &str = $name;
                    format!("{} {}", name, self)
                }
            }
        )+
    };
}
impl_describe!(i32 => "int", f64 => "float", bool => "bool");
struct Counter {
    n: u32,
}
macro_rules! getter {
    ($field:ident: $t:ty) => {
        fn $field(&self) -> $t {
            self.$field
        }
    };
}
impl Counter {
    getter!(n: u32);
    fn bump(&mut self) {
        self.n += 1;
    }
}
macro_rules! pair_type {
    ($t:ty) => { ($t, $t) };
}
macro_rules! some_pat {
    ($x:ident) => { Some($x) };
}
fn swap(p: pair_type!(i32)) -> pair_type!(i32) {
    (p.1, p.0)
}
fn main() {
    println!("{}", 5.describe());
    println!("{}", 2.5.describe());
    println!("{}", true.describe());
    let mut c = Counter { n: 1 };
    c.bump();
    println!("{}", c.n());
    println!("{:?}", swap((1, 2)));
    if let some_pat!(v) = Some(9) {
        println!("{}", v);
    }
    match Some(3) {
        some_pat!(w) if w > 2 => println!("big {}", w),
        _ => println!("other"),
    }
}
