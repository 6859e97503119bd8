// A column no pattern names is `_` in the witness, below the matched value itself.
fn main() {
    let d = [true; 3];
    match d {
        [true, true, _] => {}
        [false, ..] => {}
    }
}
