// Checks: the book ch8 exercise: median and mode of a list using sort and a HashMap with deterministic tie-breaking.
use std::collections::HashMap;

fn median(v: &[i32]) -> f64 {
    let mut s = v.to_vec();
    s.sort();
    let n = s.len();
    if n % 2 == 0 {
        (s[n / 2 - 1] + s[n / 2]) as f64 / 2.0
    } else {
        s[n / 2] as f64
    }
}

fn mode(v: &[i32]) -> i32 {
    let mut counts = HashMap::new();
    for &x in v {
        *counts.entry(x).or_insert(0) += 1;
    }
    let mut best = (0, i32::MAX);
    for (&val, &c) in &counts {
        if c > best.0 || (c == best.0 && val < best.1) {
            best = (c, val);
        }
    }
    best.1
}

fn main() {
    let lists = [vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], vec![10, 20], vec![7], vec![2, 2, 3, 3, 1]];
    for l in &lists {
        println!("{:?}: median {} mode {}", l, median(l), mode(l));
    }
}
