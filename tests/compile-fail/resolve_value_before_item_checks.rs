// Rejects: a name in scope nowhere (E0425) in a function after a recursive type without
// indirection (E0072): name resolution comes before the checks of item declarations.
enum List {
    Cons(i32, List),
    Nil,
}

fn len(list: &List) -> usize {
    match list {
        List::Cons(_, rest) => 1 + len(rest),
        List::Nil => count,
    }
}

fn main() {
    println!("{}", len(&List::Nil));
}
