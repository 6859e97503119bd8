// Checks: Vec::extend from a range, a Vec by value, &Vec and slice iterators (Copy items by
// reference), a filtered iterator (grows while pushing) and an empty range; String::extend
// with chars, &str pieces and Strings.
fn main() {
    let mut v: Vec<u8> = Vec::new();
    v.extend(1..4);
    println!("{:?} cap {}", v, v.capacity());
    v.extend(4..4);
    println!("{:?} cap {}", v, v.capacity());
    let more = vec![7, 8, 9];
    v.extend(&more);
    println!("{:?} cap {}", v, v.capacity());
    v.extend(more.iter().rev());
    println!("{:?} cap {}", v, v.capacity());
    v.extend(more.iter().filter(|x| **x % 2 == 1).map(|x| x * 10));
    println!("{:?} cap {}", v, v.capacity());
    v.extend(more);
    println!("{:?} cap {}", v, v.capacity());

    let mut names: Vec<String> = Vec::with_capacity(1);
    names.extend(vec![String::from("ann"), String::from("bo")]);
    names.extend("cy dee".split(' ').map(|s| s.to_uppercase()));
    println!("{:?} cap {}", names, names.capacity());

    let mut s = String::from("ab");
    s.extend(['c', 'd'].iter());
    s.extend("éf".chars());
    s.extend(vec!["-", "gh"]);
    s.extend(vec![String::from("!")]);
    println!("{} len {}", s, s.len());
}
