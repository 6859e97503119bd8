// Checks: matching on a reference and then assigning once the bindings are no longer used.
fn main() {
    let mut opt = Some(String::from("hi"));
    match &opt {
        Some(s) => println!("got {}", s),
        None => println!("none"),
    }
    opt = None;
    if let Some(ref mut s) = opt {
        s.push('!');
    }
    println!("{:?}", opt);
}
