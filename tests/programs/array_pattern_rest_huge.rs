// A slice pattern with a rest on an array far longer than the stack: checking the match looks at
// the elements the patterns name, never at every element, and the local overflows the stack.
fn main() {
    let small = [1u8, 2, 3, 4, 5];
    match small {
        [first, .., last] => println!("{} {}", first, last),
    }
    let b = [7u8; 2147483647];
    match b {
        [p, q, .., r] => println!("{} {} {}", p, q, r),
    }
}
