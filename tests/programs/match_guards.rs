// Checks: match guards with `if`, guards referencing outer variables, and guards combined with | patterns.
fn main() {
    let nums = [Some(4), Some(5), None, Some(-3), Some(10)];
    for n in nums {
        match n {
            Some(x) if x < 0 => println!("{} negative", x),
            Some(x) if x % 2 == 0 => println!("{} even", x),
            Some(x) => println!("{} odd", x),
            None => println!("none"),
        }
    }
    let y = 10;
    for x in [Some(5), Some(10)] {
        match x {
            Some(50) => println!("Got 50"),
            Some(n) if n == y => println!("Matched, n = {}", n),
            _ => println!("Default case, x = {:?}", x),
        }
    }
    for x in 3..7 {
        let flag = x != 5;
        match x {
            4 | 5 | 6 if flag => println!("{}: yes", x),
            _ => println!("{}: no", x),
        }
    }
    let pair = (2, -2);
    match pair {
        (a, b) if a + b == 0 => println!("opposites"),
        (a, _) if a % 2 == 0 => println!("first even"),
        _ => println!("nothing"),
    }
}
