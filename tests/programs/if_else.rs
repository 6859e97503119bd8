// Checks: if / else if / else as statements and as expressions, nested conditions.
fn classify(n: i32) -> i32 {
    if n < 0 {
        -1
    } else if n == 0 {
        0
    } else if n < 10 {
        1
    } else {
        2
    }
}

fn main() {
    let mut i = -2;
    while i <= 12 {
        println!("classify({}) = {}", i, classify(i));
        i += 3;
    }
    let t = 25;
    let size = if t > 20 { 3 } else { 1 };
    println!("size = {}", size);
    if t % 2 == 0 {
        println!("even");
    } else {
        println!("odd");
    }
    let max = if t > size { if t > 100 { 100 } else { t } } else { size };
    println!("max = {}", max);
    if t != 0 && size > 0 {
        println!("both nonzero");
    }
}
