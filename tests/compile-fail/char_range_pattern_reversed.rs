// Rejects: a char range pattern whose lower bound is above its upper bound (E0030; fuzz seed 53).
fn kind(c: char) -> &'static str {
    match c {
        'a'..='z' => "lower",
        'Z'..='A' => "upper",
        _ => "other",
    }
}

fn main() {
    println!("{}", kind('q'));
}
