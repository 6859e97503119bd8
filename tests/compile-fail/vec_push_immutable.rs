// Rejects: calling a &mut self method (push) on a Vec binding not declared mut (E0596).
fn main() {
    let v = Vec::new();
    v.push(1);
    println!("{:?}", v);
}
