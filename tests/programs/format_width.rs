// Checks: width, fill and alignment ({:>5} {:<5} {:^7} {:*^9}), zero padding {:05}, sign {:+}, on ints, bools and refs.
fn main() {
    let n = 42;
    let neg = -42;
    println!("[{:5}]", n);
    println!("[{:>5}]", n);
    println!("[{:<5}]|", n);
    println!("[{:^7}]", n);
    println!("[{:^6}]", n);
    println!("[{:*^9}]", n);
    println!("[{:->8}]", neg);
    println!("[{:_<8}]", neg);
    println!("[{:05}]", n);
    println!("[{:05}]", neg);
    println!("[{:+}] [{:+}] [{:+}]", n, neg, 0);
    println!("[{:+06}]", n);
    println!("[{:2}]", 12345);
    println!("[{:>7}] [{:<7}] [{:^7}]", true, false, true);
    println!("[{:5}]", false);
    let r = &n;
    println!("[{:>6}] [{:06}]", r, r);
    println!("[{:>4?}] [{:<4?}]", n, neg);
    println!("[{0:>4}] [{0:<4}] [{n:^4}]", n);
    println!("[{:08}]", i64::MIN);
    println!("[{:>40}]", u128::MAX);
}
