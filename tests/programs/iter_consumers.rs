// Checks: iterator consumers: sum, product, count, fold, any, all, find, position, max, min, max_by_key, min_by, last, nth.
fn main() {
    let v = vec![3, -1, 4, 1, -5, 9, 2, 6];
    println!("sum {} product {}", v.iter().sum::<i32>(), v.iter().product::<i32>());
    println!("count {}", v.iter().filter(|x| **x > 0).count());
    println!("fold {}", v.iter().fold(0, |acc, x| acc * 2 + x));
    println!("any neg {} all < 10 {}", v.iter().any(|&x| x < 0), v.iter().all(|&x| x < 10));
    println!("find {:?} {:?}", v.iter().find(|&&x| x > 4), v.iter().find(|&&x| x > 100));
    println!("position {:?}", v.iter().position(|&x| x == 1));
    println!("rposition {:?}", v.iter().rposition(|&x| x < 0));
    println!("max {:?} min {:?}", v.iter().max(), v.iter().min());
    println!("max_by_key abs {:?}", v.iter().max_by_key(|x| x.abs()));
    println!("min_by {:?}", v.iter().min_by(|a, b| (*a % 3).cmp(&(*b % 3))));
    println!("last {:?} nth(2) {:?}", v.iter().last(), v.iter().nth(2));
    let empty: Vec<i32> = vec![];
    println!("{:?} {} {}", empty.iter().max(), empty.iter().sum::<i32>(), empty.iter().all(|_| false));
    let words = ["apple", "fig", "banana", "kiwi"];
    println!("{:?}", words.iter().max_by_key(|w| w.len()));
    println!("{:?}", words.iter().min_by_key(|w| w.len()));
    let total_len = words.iter().map(|w| w.len()).fold(0, |a, b| a + b);
    println!("{}", total_len);
    println!("{}", (1..=5).map(|x| x as f64).sum::<f64>() / 5.0);
}
