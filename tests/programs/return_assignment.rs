// Checks: `return x -= 1` returns the assignment (tree-sitter groups it the other way).
fn dec(mut x: u8) {
    println!("before {}", x);
    return x -= 1;
}

fn main() {
    dec(3);
    println!("ok");
}
