// Checks: while, loop with break / break value / continue.
fn main() {
    let mut n = 0;
    while n < 5 {
        print!("{} ", n);
        n += 1;
    }
    println!();

    let mut count = 0;
    let result = loop {
        count += 1;
        if count == 7 {
            break count * 10;
        }
    };
    println!("result = {}", result);

    let mut i = 0;
    let mut sum = 0;
    loop {
        i += 1;
        if i > 20 {
            break;
        }
        if i % 3 == 0 {
            continue;
        }
        sum += i;
    }
    println!("sum of 1..=20 without multiples of 3 = {}", sum);

    let mut k = 10;
    while k > 0 {
        k -= 1;
        if k % 2 == 1 {
            continue;
        }
        print!("{},", k);
    }
    println!();
}
