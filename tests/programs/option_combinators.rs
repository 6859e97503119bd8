// Checks: Option combinators: map, and_then, or, or_else, filter, unwrap_or, unwrap_or_else, unwrap_or_default, ok_or, take, replace.
fn half_even(x: i32) -> Option<i32> {
    if x % 2 == 0 { Some(x / 2) } else { None }
}

fn main() {
    let a = Some(8);
    let b: Option<i32> = None;
    println!("{:?} {:?}", a.map(|x| x + 1), b.map(|x| x + 1));
    println!("{:?} {:?}", a.and_then(half_even).and_then(half_even), Some(6).and_then(half_even).and_then(half_even));
    println!("{:?} {:?}", b.or(Some(1)), a.or(Some(1)));
    println!("{:?}", b.or_else(|| Some(99)));
    println!("{:?} {:?}", a.filter(|x| *x > 10), a.filter(|x| *x > 5));
    println!("{} {}", a.unwrap_or(0), b.unwrap_or(0));
    println!("{} {}", b.unwrap_or_else(|| -1), b.unwrap_or_default());
    println!("{:?} {:?}", a.ok_or("missing"), b.ok_or("missing"));
    println!("{} {} {} {}", a.is_some(), a.is_none(), b.is_some(), b.is_none());
    let mut c = Some(3);
    let t = c.take();
    println!("{:?} {:?}", t, c);
    let mut d = Some(4);
    let old = d.replace(5);
    println!("{:?} {:?}", old, d);
    println!("{:?}", Some(2).zip(Some('x')));
    println!("{:?}", a.map_or(0, |x| x * 10));
    println!("{:?}", Some(Some(1)).flatten());
    let s: Option<String> = Some("hi".into());
    println!("{:?} {:?}", s.as_deref(), s.as_ref().map(|x| x.len()));
}
