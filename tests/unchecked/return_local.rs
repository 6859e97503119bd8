// Returning a reference to a local: its frame is popped when the function returns.
fn longest<'a>(a: &'a i32, b: &'a i32) -> &'a i32 {
    let local = if *a > *b { *a } else { *b };
    &local
}

fn main() {
    let x = 3;
    let y = 7;
    let r = longest(&x, &y);
    println!("the longest is {}", r); // UB: popped frame
}
