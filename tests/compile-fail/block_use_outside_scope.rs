fn count() -> usize {
    use std::collections::HashMap;
    let mut m = HashMap::new();
    m.insert(1, 2);
    m.len()
}

fn main() {
    let m: HashMap<i32, i32> = HashMap::new();
    println!("{} {}", count(), m.len());
}
