// Checks: a runtime index out of bounds on an array panics with rustc's exact message and exit code 101.
fn pick(a: &[i32; 5], i: usize) -> i32 {
    a[i]
}

fn main() {
    let a = [10, 20, 30, 40, 50];
    let mut i = 0;
    while i < 7 {
        println!("a[{}] = {}", i, pick(&a, i));
        i += 2;
    }
}
