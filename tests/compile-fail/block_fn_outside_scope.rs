fn main() {
    {
        fn inner() -> i32 { 1 }
        println!("{}", inner());
    }
    println!("{}", inner());
}
