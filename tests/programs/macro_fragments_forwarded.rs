// Fragments a macro passes on to another: an `expr` or `ty` stays one fragment (a `tt` takes it
// whole), an `ident` is its token again; `$($x:expr)+` with no separator reads as many
// expressions as rustc's parser does.
macro_rules! sep_plus { ($($x:expr)+) => { [$($x),+] }; }
macro_rules! fwd_expr { ($e:expr) => { twice!($e) }; }
macro_rules! twice { ($e:expr) => { $e * 2 }; }
macro_rules! fwd_ty { ($t:ty) => { zero!($t) }; }
macro_rules! zero { ($t:ty) => { <$t>::default() }; }
macro_rules! fwd_tt { ($e:expr) => { count!($e) }; }
macro_rules! count { ($t:tt) => { 1 }; ($($t:tt)*) => { 99 }; }
macro_rules! fwd_lit { ($l:literal) => { lit!($l) }; }
macro_rules! lit { ($l:literal) => { $l }; }
macro_rules! fwd_id { ($i:ident) => { exact!($i) }; }
macro_rules! exact { (a) => { "a" }; ($o:ident) => { "other" }; }
macro_rules! fwd_ty2 { ($t:ty) => { count!($t) }; }
fn main() {
    println!("{:?}", sep_plus!(1 2 - 1 3));
    println!("{}", fwd_expr!(1 + 2));
    let z: Vec<i32> = fwd_ty!(Vec<i32>);
    println!("{:?}", z);
    println!("{} {}", fwd_tt!(1 + 2), fwd_ty2!(Vec<i32>));
    println!("{} {} {}", fwd_lit!(5), fwd_id!(a), fwd_id!(b));
}
