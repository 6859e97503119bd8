fn main() {
    let add = |n: i32| {
        fn twice() -> i32 {
            n * 2
        }
        twice() + n
    };
    println!("{}", add(1));
}
