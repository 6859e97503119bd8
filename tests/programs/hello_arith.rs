// Checks: basic let bindings, integer arithmetic (+ - * / %) and println! of results.
fn main() {
    let a = 17;
    let b = 5;
    println!("a = {}, b = {}", a, b);
    println!("a + b = {}", a + b);
    println!("a - b = {}", a - b);
    println!("a * b = {}", a * b);
    println!("a / b = {}", a / b);
    println!("a % b = {}", a % b);
    let c: i32 = (a + b) * (a - b) / 3;
    println!("c = {}", c);
    println!("precedence: {}", 2 + 3 * 4 - 10 / 2 % 3);
    println!("parens: {}", (2 + 3) * (4 - 10) / 2);
}
