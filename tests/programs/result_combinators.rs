// Checks: Result combinators: map, map_err, and_then, or_else, unwrap_or, unwrap_or_else, ok, err, is_ok, iter collect.
fn div(a: i32, b: i32) -> Result<i32, String> {
    if b == 0 { Err(format!("divide {} by zero", a)) } else { Ok(a / b) }
}

fn main() {
    let good = div(10, 3);
    let bad = div(1, 0);
    println!("{:?} {:?}", good, bad);
    println!("{:?} {:?}", good.clone().map(|x| x * 2), bad.clone().map(|x| x * 2));
    println!("{:?}", bad.clone().map_err(|e| e.len()));
    println!("{:?}", good.clone().and_then(|x| div(x, 0)));
    println!("{:?}", bad.clone().or_else(|_| div(8, 2)));
    println!("{} {}", good.clone().unwrap_or(-1), bad.clone().unwrap_or(-1));
    println!("{}", bad.clone().unwrap_or_else(|e| e.len() as i32));
    println!("{:?} {:?}", good.clone().ok(), bad.clone().ok());
    println!("{:?} {:?}", good.clone().err(), bad.clone().err());
    println!("{} {}", good.is_ok(), bad.is_err());
    let all: Result<Vec<i32>, String> = vec![(6, 2), (9, 3)].into_iter().map(|(a, b)| div(a, b)).collect();
    println!("{:?}", all);
    let some_bad: Result<Vec<i32>, String> = vec![(6, 2), (1, 0), (2, 0)].into_iter().map(|(a, b)| div(a, b)).collect();
    println!("{:?}", some_bad);
    let strs = ["1", "2", "x", "4"];
    let nums: Vec<i32> = strs.iter().filter_map(|s| s.parse().ok()).collect();
    println!("{:?}", nums);
    println!("{}", good.is_ok_and(|x| x == 3));
}
