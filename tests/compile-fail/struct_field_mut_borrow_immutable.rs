// Rejects: `&mut` of a field (of an array element) of a binding without `mut` (E0596).
struct P {
    xs: [i32; 2],
}

fn bump(x: &mut i32) {
    *x += 1;
}

fn main() {
    let p = P { xs: [1, 2] };
    bump(&mut p.xs[1]);
    println!("{:?}", p.xs);
}
