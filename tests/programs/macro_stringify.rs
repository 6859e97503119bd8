// stringify! keeps the spacing the program wrote, as rustc's printer does, also through a
// macro's fragments (an `expr` fragment's invisible group is not printed).
macro_rules! s { ($($t:tt)*) => { stringify!($($t)*) }; }
macro_rules! e { ($t:expr) => { stringify!($t) }; }
macro_rules! show { ($t:expr) => { println!("{} = {}", stringify!($t), $t) }; }
fn main() {
    println!("{}", stringify!(-5));
    println!("{}", stringify!(a+b   * c));
    println!("{}", stringify!(f(x,y)));
    println!("{}", stringify!(  Vec::<i32>::new() ));
    println!("{}", s!(a+b   * c));
    println!("{}", e!(a+b   * c));
    println!("{}", stringify!(x
        .y));
    println!("{}", stringify!(&x, !y, *z));
    println!("{}", stringify!(f( x ) [ 1 ]  { a } ));
    println!("{}", stringify!(let (a, b) = ( 1 , 2 );));
    println!("{}", e!(1u32 + 1));
    show!(2 * (3 + 4));
    show!({ let x = 1; x + 1 });
    println!("{}", stringify!(#[derive(Debug)] struct A;));
}
