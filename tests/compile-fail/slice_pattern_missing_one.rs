fn main() {
    let s: &[i32] = &[1, 2];
    match s {
        [] => {}
        [first, .., last] => println!("{} {}", first, last),
    }
}
