// Rejects: `for_each`'s FnMut closure moves a captured String (E0507).
fn main() {
    let items = vec![String::from("a")];
    let mut out = Vec::new();
    let sink = String::from("s");
    items.iter().for_each(|i| { out.push(i.clone()); let _t = sink; });
}
