// Rejects: a doc comment with nothing after it in a block (E0585; fuzz seed 53). rustc's parser
// takes a doc comment as an attribute of what follows it.
fn main() {
    let total = 1 + 2;
    println!("{}", total);
    /// the last line of main
}
