// Two `&mut` to one variable: a write through one invalidates the other.
fn main() {
    let mut total = 0;
    let a = &mut total;
    let b = &mut total;
    *b += 2;
    *a += 1; // UB: invalidated
    println!("{}", total);
}
