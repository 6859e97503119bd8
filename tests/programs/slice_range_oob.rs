// Checks: slicing past the end of a Vec panics with rustc's exact "range end index" message.
fn main() {
    let v = vec![1, 2, 3, 4];
    let mut end = 2;
    loop {
        let s = &v[1..end];
        println!("{:?}", s);
        end += 2;
    }
}
