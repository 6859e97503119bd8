// No undefined behaviour: bindings not declared `mut` are written (E0596, E0384).
fn main() {
    let count = 0;
    let counter = &mut count;
    *counter += 1;
    let name = String::from("a");
    name = String::from("b");
    println!("{} {}", count, name);
}
