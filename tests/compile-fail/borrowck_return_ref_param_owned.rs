// Rejects: returning a reference into a parameter taken by value (E0515).
fn first(v: Vec<i32>) -> &'static i32 {
    &v[0]
}

fn main() {
    println!("{}", first(vec![1, 2]));
}
