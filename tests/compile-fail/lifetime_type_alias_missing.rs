// Rejects: a type alias of a reference without a lifetime (E0106).
type Name = &str;

fn main() {
    let n: Name = "x";
    println!("{}", n);
}
