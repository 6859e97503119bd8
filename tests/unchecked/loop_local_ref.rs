// A reference to a loop body's local, used in the next iteration.
fn main() {
    let zero = 0;
    let mut previous = &zero;
    for i in 1..4 {
        let square = i * i;
        println!("previous: {}", previous); // UB: out of scope
        previous = &square;
    }
}
