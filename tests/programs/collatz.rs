// Checks (teaching program): Collatz step counts for 1..=30 with a running maximum, using fns, loops and formatting.
fn collatz_steps(start: u64) -> u32 {
    let mut n = start;
    let mut steps = 0;
    while n != 1 {
        if n % 2 == 0 {
            n /= 2;
        } else {
            n = 3 * n + 1;
        }
        steps += 1;
    }
    steps
}

fn main() {
    let mut best = 0;
    let mut best_n = 0;
    for n in 1..=30 {
        let s = collatz_steps(n);
        print!("{:>3}:{:<4}", n, s);
        if n % 6 == 0 {
            println!();
        }
        if s > best {
            best = s;
            best_n = n;
        }
    }
    println!("longest: n = {} with {} steps", best_n, best);
    println!("27 takes {} steps", collatz_steps(27));
}
