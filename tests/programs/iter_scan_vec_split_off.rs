// Checks: Iterator::scan with early stop, Vec::split_off (exact-capacity tail, empty tail, the out-of-range panic), Formatter::pad.
fn main() {
    let running: Vec<i32> = [1, 2, 3, 4, 5].iter().scan(0, |acc, &x| {
        *acc += x;
        if *acc > 10 { None } else { Some(*acc) }
    }).collect();
    println!("{:?}", running);
    let mut v = vec![1, 2, 3, 4, 5];
    let tail = v.split_off(3);
    let none = v.split_off(3);
    println!("{:?} {:?} {:?} {}", v, tail, none, none.capacity());
    struct Name(&'static str);
    impl std::fmt::Display for Name {
        fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.pad(self.0)
        }
    }
    println!("[{:>8}] [{:<6}] [{:^7.2}]", Name("ferris"), Name("crab"), Name("rustacean"));
    v.split_off(9);
}
