fn half(n: u32) -> u32 {
    n / 2
}

fn main() {
    let ok = false;
    println!("{}", half(ok));
}
