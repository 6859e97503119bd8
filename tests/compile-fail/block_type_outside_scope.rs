fn main() {
    {
        #[derive(Debug)]
        struct Meters(f64);
        println!("{:?}", Meters(1.5));
    }
    let m: Meters = Meters(2.0);
    println!("{:?}", m);
}
