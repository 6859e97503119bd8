// A field moved out of a struct, then used through the struct.
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Ann"), age: 30 };
    let name = p.name;
    println!("{} is {}", name, p.age);
    println!("{}", p.name.len()); // UB: use after move
}
