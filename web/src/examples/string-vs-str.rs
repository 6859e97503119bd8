// A String owns a buffer on the heap; a string literal is a &str into
// static memory; a slice of the String borrows part of its buffer.
fn main() {
    let greeting: &str = "hello";
    let mut owned = String::from(greeting);
    owned.push_str(", world");
    let word: &str = &owned[7..12];
    println!("{} / {} / {}", greeting, owned, word);
}
