fn peek() {}

fn main() {
    let a;
    let b = 1;
    peek();
    a = b + 1;
    peek();
}
