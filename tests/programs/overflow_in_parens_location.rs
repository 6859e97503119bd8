// An overflow inside parentheses is located at the `(`: rustc gives the parenthesised expression
// the parentheses' span (found by the fuzzer in a sort_by closure).
struct Rectangle {
    width: u32,
    height: u32,
}

fn main() {
    let small = Rectangle { width: 3, height: 4 };
    println!("{}", (small.width * small.height) + 1);
    let mut list = [
        Rectangle { width: 3, height: 2147483647 },
        Rectangle { width: 7, height: 12 },
    ];
    list.sort_by(|a, b| (b.width * b.height).cmp(&(a.width * a.height)));
}
