// Checks: a result tied only to the first argument's lifetime outlives the second argument.
fn pick_first<'a, 'b>(x: &'a str, y: &'b str) -> &'a str {
    println!("ignoring {}", y);
    x
}

fn main() {
    let s1 = String::from("kept");
    let result;
    {
        let s2 = String::from("dropped");
        result = pick_first(&s1, &s2);
    }
    println!("{}", result);
}
