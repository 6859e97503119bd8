fn fact(n: u32) -> u32 {
    if n == 0 {
        return 1;
    }
    let r = n * fact(n - 1);
    r
}

fn main() {
    let f = fact(2);
}
