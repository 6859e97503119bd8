fn main() {
    let s: &[i32] = &[1, 2];
    match s {
        [] => {}
        [x] => println!("{}", x),
        [a, b] => println!("{} {}", a, b),
    }
}
