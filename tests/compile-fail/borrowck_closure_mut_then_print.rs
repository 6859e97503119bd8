// Rejects: printing a counter a mutating closure still borrows (E0502).
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    println!("{}", count);
    inc();
}
