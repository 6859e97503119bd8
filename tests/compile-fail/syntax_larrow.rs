// Checks: `<-` is one (obsolete) token, not `<` then `-`.
fn main() {
    let mut n = 0;
    while n <- 5 {
        n += 1;
    }
    println!("{}", n);
}
