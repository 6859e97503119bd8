fn main() {
    let v = vec![1, 2];
    assert_eq!([1, 2], v);
}
