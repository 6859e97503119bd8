fn total(m: &std::collections::BTreeMapp<String, i32>) -> i32 {
    m.values().sum()
}

fn main() {
    println!("{}", total(&Default::default()));
}
