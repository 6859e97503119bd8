// Rejects: an enum variant holding the enum itself (E0072).
enum List {
    Cons(i32, List),
    Nil,
}

fn main() {
    let l = List::Nil;
    match l {
        List::Nil => println!("nil"),
        List::Cons(..) => {}
    }
}
