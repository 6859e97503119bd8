// Checks: returning references into parameters (elided lifetimes).
fn first(v: &Vec<i32>) -> &i32 {
    &v[0]
}

fn first_word(s: &str) -> &str {
    match s.find(' ') {
        Some(i) => &s[..i],
        None => s,
    }
}

fn largest(v: &mut Vec<i32>) -> &mut i32 {
    let mut best = 0;
    for i in 0..v.len() {
        if v[i] > v[best] {
            best = i;
        }
    }
    &mut v[best]
}

fn main() {
    let mut v = vec![3, 9, 4];
    println!("{}", first(&v));
    *largest(&mut v) += 1;
    let s = String::from("hello world");
    println!("{} {:?}", first_word(&s), v);
}
