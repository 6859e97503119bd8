// An array's witness: the elements the patterns name, the unnamed middle shown as `..`.
fn main() {
    let d = [true; 5];
    match d {
        [true, _, .., true] => {}
        [false, ..] => {}
        [.., false, false] => {}
    }
}
