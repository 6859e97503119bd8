fn bump(c: &mut i32) {
    let r = &mut c;
    **r += 1;
}
fn main() {
    let mut k = 1;
    bump(&mut k);
}
