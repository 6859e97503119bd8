// Checks: peekable iterators for run-length encoding, scan for running totals, and cycle+take.
fn rle(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&c) {
            it.next();
            n += 1;
        }
        out.push_str(&format!("{}{}", n, c));
    }
    out
}

fn main() {
    println!("{}", rle("aaabccddddx"));
    println!("{:?}", rle(""));
    let running: Vec<i32> = [1, 2, 3, 4, 5].iter().scan(0, |acc, &x| {
        *acc += x;
        Some(*acc)
    }).collect();
    println!("{:?}", running);
    let cyc: Vec<&str> = ["r", "g", "b"].iter().cycle().take(7).cloned().collect();
    println!("{:?}", cyc);
    let mut it = (1..4).peekable();
    let p1 = it.peek().copied();
    let n1 = it.next();
    let p2 = it.peek().copied();
    println!("{:?} {:?} {:?}", p1, n1, p2);
    let v: Vec<(usize, char)> = "abc".chars().enumerate().filter(|(i, _)| i % 2 == 0).collect();
    println!("{:?}", v);
    let d: Vec<i32> = vec![1, 1, 2, 3, 3, 3, 1].windows(2).map(|w| w[1] - w[0]).collect();
    println!("{:?}", d);
}
