// Rejects: `map`'s FnMut closure returns a captured String by value (E0507).
fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let owner = String::from("x");
    let v: Vec<String> = names.iter().map(|_n| owner).collect();
    println!("{:?}", v);
}
