// Checks: Vec sort, sort_unstable, reverse, dedup, contains, binary_search, iter().rev(), and sorting Strings.
fn main() {
    let mut v = vec![5, 3, 8, 1, 9, 3, 5, 5, 2];
    v.sort();
    println!("{:?}", v);
    println!("{:?} {:?}", v.binary_search(&8), v.binary_search(&4));
    v.dedup();
    println!("{:?}", v);
    println!("{} {}", v.contains(&9), v.contains(&4));
    v.reverse();
    println!("{:?}", v);
    v.sort_unstable_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    let rev: Vec<_> = v.iter().rev().collect();
    println!("{:?}", rev);
    let mut names = vec![String::from("zoe"), String::from("Adam"), String::from("bob")];
    names.sort();
    println!("{:?}", names);
    let mut fl = vec![2.5, -1.0, 3.75];
    fl.sort_by(|a: &f64, b| a.partial_cmp(b).unwrap());
    println!("{:?}", fl);
    let mut pairs = vec![(2, 'b'), (1, 'z'), (2, 'a')];
    pairs.sort_by_key(|p| p.0);
    println!("{:?}", pairs);
    println!("{:?}", v.iter().position(|&x| x == 3));
}
