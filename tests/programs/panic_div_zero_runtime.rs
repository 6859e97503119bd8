// Checks: integer division by a runtime zero inside a helper panics with "attempt to divide by zero".
fn average(sum: i32, count: i32) -> i32 {
    sum / count
}

fn main() {
    let groups: [&[i32]; 3] = [&[4, 8, 9], &[10], &[]];
    for g in groups {
        let s: i32 = g.iter().sum();
        println!("sum {} len {}", s, g.len());
        println!("avg {}", average(s, g.len() as i32));
    }
}
