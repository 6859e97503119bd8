// Checks: functions declared inside functions, nested structs/consts in fn bodies, and expression-bodied returns.
fn outer(n: u32) -> u32 {
    fn helper(k: u32) -> u32 {
        k * 3 + 1
    }
    const OFFSET: u32 = 7;
    struct Acc {
        total: u32,
    }
    let mut acc = Acc { total: 0 };
    for i in 0..n {
        acc.total += helper(i);
    }
    acc.total + OFFSET
}

fn fib(n: u64) -> u64 {
    fn go(a: u64, b: u64, n: u64) -> u64 {
        if n == 0 { a } else { go(b, a + b, n - 1) }
    }
    go(0, 1, n)
}

fn main() {
    println!("{}", outer(0));
    println!("{}", outer(4));
    for n in [0, 1, 2, 10, 50, 90] {
        println!("fib({}) = {}", n, fib(n));
    }
    let y = {
        let a = 3;
        a * a
    };
    println!("{}", y);
}
