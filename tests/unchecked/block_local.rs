// A reference to a block's local, used after the block ended.
fn main() {
    let r;
    {
        let x = 5;
        r = &x;
        println!("inside: {}", r);
    }
    println!("outside: {}", r); // UB: out of scope
}
