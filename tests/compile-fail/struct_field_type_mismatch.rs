// Rejects: a struct field initialised with a value of the wrong type (E0308).
struct User {
    name: String,
    age: u32,
}

fn main() {
    let u = User { name: String::from("ann"), age: "thirty" };
    println!("{}", u.age);
}
