// Checks: shadowing changing a variable's type, shadowing in inner scopes and shadowing vs mut.
fn main() {
    let x = 5;
    let x = x + 1;
    {
        let x = x * 2;
        println!("inner x = {}", x);
    }
    println!("outer x = {}", x);
    let spaces = "   ";
    let spaces = spaces.len();
    println!("spaces = {}", spaces);
    let v = "42";
    let v: i32 = v.parse().unwrap();
    let v = v as f64 / 8.0;
    println!("v = {}", v);
    let mut y = 1;
    for i in 0..3 {
        let y = y + i;
        println!("loop y = {}", y);
    }
    y += 100;
    println!("y = {}", y);
    let s = String::from("owned");
    let s = &s[1..];
    println!("{}", s);
}
