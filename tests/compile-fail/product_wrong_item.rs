// i32's Product takes i32s: a u8 iterator is rustc's own E0277 message.
fn main() {
    let p: i32 = vec![1u8, 2].into_iter().product();
    println!("{}", p);
}
