struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let v = vec![D(1), D(2), D(3), D(4)];
    for d in v {
        println!("got {}", d.0);
        if d.0 == 2 { break; }
    }
    println!("after");
    let w = vec![String::from("a"), String::from("b")];
    let mut it = w.into_iter();
    let first = it.next();
    println!("{:?} {:?}", first, it.size_hint());
    let rest: Vec<String> = it.collect();
    println!("{:?}", rest);
    let nums = vec![3, 1, 2];
    let total: i32 = nums.into_iter().rev().map(|x| x * 10).sum();
    println!("{}", total);
    let mut s = vec![1, 2, 3, 4, 5];
    s.swap(0, 4);
    println!("{:?}", s);
    let o: Option<Vec<i32>> = vec![Some(1), Some(2)].into_iter().collect();
    let o2: Option<Vec<i32>> = vec![Some(1), None].into_iter().collect();
    let r: Result<Vec<i32>, String> = vec!["1", "2"].iter().map(|x| if *x == "1" { Ok(1) } else { Err(x.to_string()) }).collect();
    println!("{:?} {:?} {:?}", o, o2, r);
    let strs: String = vec!["ab", "cd"].into_iter().collect();
    println!("{}", strs);
}
