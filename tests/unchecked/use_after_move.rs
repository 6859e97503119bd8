// After `let s2 = s;` the String belongs to `s2`: `s` holds no value.
fn main() {
    let s = String::from("hello");
    let s2 = s;
    println!("{}", s2);
    println!("{}", s); // UB: use after move
}
