fn main() {
    let v = vec![1, 2];
    match &v[..] {
        [_, _, ..] => {}
        [_] => {}
    }
}
