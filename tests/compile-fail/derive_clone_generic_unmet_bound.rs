// Rejects: `clone` on a generic struct whose derived `Clone` needs `T: Clone` (E0599: the
// method exists, but its trait bounds are not satisfied).
struct Token;

#[derive(Clone)]
struct Stack<T>(Vec<T>);

fn main() {
    let s = Stack(vec![Token, Token]);
    let t = s.clone();
    println!("{}", t.0.len());
}
