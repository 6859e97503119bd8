// Allocating and freeing boxes in a loop: the heap allocator and drops dominate.
fn churn(i: u64) -> u64 {
    let a = Box::new(i);
    let b = Box::new(Box::new(i * 2));
    *a + **b
}

fn main() {
    let mut total: u64 = 0;
    for i in 0..20000 {
        total += churn(i);
    }
    println!("{}", total);
}
