// Checks: array methods: iter().sum, contains, first/last, sort, reverse, map, and passing arrays by value vs reference.
fn double_all(mut arr: [i32; 4]) -> [i32; 4] {
    for x in arr.iter_mut() {
        *x *= 2;
    }
    arr
}

fn total(arr: &[i32; 4]) -> i32 {
    arr.iter().sum()
}

fn main() {
    let a = [4, 1, 3, 2];
    let d = double_all(a);
    println!("{:?} -> {:?}", a, d);
    println!("{} {}", total(&a), total(&d));
    println!("{} {}", a.contains(&3), a.contains(&9));
    println!("{:?} {:?}", a.first(), a.last());
    let mut s = a;
    s.sort();
    println!("sorted {:?}", s);
    s.reverse();
    println!("reversed {:?}", s);
    let sq = a.map(|x| x * x);
    println!("squares {:?}", sq);
    println!("{:?}", a.iter().position(|&x| x == 3));
    let strs = ["b", "a", "c"].map(|s| s.to_uppercase());
    println!("{:?}", strs);
    println!("{}", a.is_empty());
}
