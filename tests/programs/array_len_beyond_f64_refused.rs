// An array type whose length a JavaScript number cannot hold exactly: stackheap refuses it
// rather than print another length (rustc names the type with its exact length).
fn main() {
    println!("{}", std::any::type_name::<[u8; 4]>());
    println!("{}", std::any::type_name::<Option<[u8; 9223372036854775807]>>());
}
