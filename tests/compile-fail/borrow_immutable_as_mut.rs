fn bump(r: &mut i32) {
    *r += 1;
}

fn main() {
    let x = 1;
    bump(&mut x);
    println!("{}", x);
}
