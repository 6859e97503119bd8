// Checks: iterator adapters on ranges and arrays: map, filter, enumerate, zip, rev, take, skip, step_by, chain.
fn main() {
    let a = [10, 20, 30, 40, 50];
    let doubled: Vec<i32> = a.iter().map(|x| x * 2).collect();
    println!("{:?}", doubled);
    let big: Vec<&i32> = a.iter().filter(|&&x| x > 25).collect();
    println!("{:?}", big);
    for (i, x) in a.iter().enumerate().skip(1).take(2) {
        println!("{} -> {}", i, x);
    }
    let pairs: Vec<(i32, char)> = a.iter().copied().zip("abc".chars()).collect();
    println!("{:?}", pairs);
    let r: Vec<u32> = (1..=10).rev().step_by(3).collect();
    println!("{:?}", r);
    let c: Vec<i32> = (1..3).chain(7..9).collect();
    println!("{:?}", c);
    let s: String = (0..5).map(|i| i.to_string()).collect::<Vec<_>>().join(",");
    println!("{}", s);
    let evens_sq: Vec<u64> = (1..20u64).filter(|n| n % 2 == 0).map(|n| n * n).take_while(|&n| n < 200).collect();
    println!("{:?}", evens_sq);
    let sk: Vec<i32> = a.iter().skip_while(|&&x| x < 30).cloned().collect();
    println!("{:?}", sk);
    println!("{:?}", a.iter().rev().last());
}
