// Rejects: two mutable borrows of one variable as a call's arguments (E0499).
fn both(a: &mut i32, b: &mut i32) {
    *a += *b;
}

fn main() {
    let mut x = 5;
    both(&mut x, &mut x);
    println!("{}", x);
}
