// Checks: Option<&T> vs &Option<T>, as_ref/as_mut, copied/cloned, and get on Vec returning Option.
fn main() {
    let v = vec![10, 20, 30];
    println!("{:?} {:?}", v.get(1), v.get(5));
    let x: Option<&i32> = v.get(2);
    let y: Option<i32> = x.copied();
    println!("{:?} {:?}", x, y);
    let mut name: Option<String> = Some(String::from("ann"));
    if let Some(n) = name.as_mut() {
        n.push_str("ie");
    }
    let len = name.as_ref().map(|s| s.len());
    println!("{:?} {:?}", name, len);
    let cloned: Option<String> = name.as_ref().cloned();
    println!("{:?}", cloned);
    match &name {
        Some(s) if s.len() > 3 => println!("long name {}", s),
        Some(s) => println!("short name {}", s),
        None => println!("no name"),
    }
    let words = vec!["a", "bb"];
    let first_len = words.first().map(|w| w.len()).unwrap_or(0);
    println!("{}", first_len);
    let empty: Vec<&str> = Vec::new();
    println!("{:?} {:?}", empty.first(), empty.last().map(|w| w.len()));
}
