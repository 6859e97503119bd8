// Rejects: match arms that evaluate to different types (E0308).
fn main() {
    let n = 3;
    let s = match n {
        1 => "one",
        2 => "two",
        _ => 0,
    };
    println!("{}", s);
}
