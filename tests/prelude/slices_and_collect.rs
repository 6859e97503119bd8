#[derive(Debug, Clone, PartialEq)]
struct P { name: String, age: u32 }
fn main() {
    let mut v = vec![5, 3, 8, 1, 9, 2];
    println!("{:?} {:?} {:?}", v.first(), v.last(), v.get(10));
    v.sort();
    println!("{:?} {:?} {:?}", v, v.binary_search(&8), v.binary_search(&4));
    v.reverse();
    println!("{:?} {}", v, v.contains(&3));
    for x in v.iter_mut() { *x *= 2; }
    for x in &mut v { *x += 1; }
    println!("{:?}", v);
    let words = vec!["a", "bb", "ccc"];
    println!("{}", words.join("-"));
    let owned: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    println!("{} {}", owned.join(", "), owned.concat());
    let mut ps = vec![P { name: "x".to_string(), age: 30 }, P { name: "y".to_string(), age: 20 }, P { name: "z".to_string(), age: 30 }];
    ps.sort_by_key(|p| p.age);
    println!("{:?}", ps);
    ps.sort_by(|a, b| b.name.cmp(&a.name));
    println!("{:?}", ps);
    for w in [1, 2, 3, 4].windows(2) { println!("{:?}", w); }
    for c in v.chunks(4) { println!("{:?}", c); }
    let (a, b) = v.split_at(2);
    println!("{:?} {:?} {:?}", a, b, v.to_vec());
    let evens: Vec<i32> = v.iter().filter(|x| **x % 2 == 0).cloned().collect();
    println!("{:?} {}", evens, evens.capacity());
    let c: Vec<i32> = (1..10).filter(|x| x % 3 == 0).collect();
    println!("{:?} {}", c, c.capacity());
    let d: Vec<(usize, char)> = vec!['a', 'b'].into_iter().enumerate().collect();
    println!("{:?}", d);
}
