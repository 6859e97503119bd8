// Checks: String::new, from, push_str, push, + with &str, format!, insert, truncate, pop, clear and len.
fn main() {
    let mut s = String::new();
    println!("[{}] {}", s, s.len());
    s.push_str("foo");
    s.push('!');
    println!("{} {}", s, s.len());
    let s1 = String::from("Hello, ");
    let s2 = String::from("world!");
    let s3 = s1 + &s2;
    println!("{} / {}", s3, s2);
    let a = String::from("tic");
    let b = String::from("tac");
    let c = String::from("toe");
    let s4 = a + "-" + &b + "-" + &c;
    println!("{}", s4);
    let s5 = format!("{}-{}-{}", b, c, 3);
    println!("{}", s5);
    let mut t = String::from("abc");
    t.insert(1, 'X');
    t.insert_str(0, ">>");
    println!("{}", t);
    println!("{:?}", t.pop());
    t.truncate(3);
    println!("{}", t);
    t += "tail";
    println!("{}", t);
    let removed = t.remove(0);
    println!("{} {}", removed, t);
    t.clear();
    println!("[{}] {} {}", t, t.len(), t.is_empty());
    let num = 42.to_string() + &3.5.to_string() + &'c'.to_string() + &true.to_string();
    println!("{}", num);
}
