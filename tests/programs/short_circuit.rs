// Checks: && and || short-circuit (right side not evaluated), comparisons producing bools.
fn t(label: i32) -> bool {
    println!("  t({}) evaluated", label);
    true
}

fn f(label: i32) -> bool {
    println!("  f({}) evaluated", label);
    false
}

fn main() {
    println!("f && t:");
    let a = f(1) && t(2);
    println!("= {}", a);
    println!("t && f:");
    let b = t(3) && f(4);
    println!("= {}", b);
    println!("t || f:");
    let c = t(5) || f(6);
    println!("= {}", c);
    println!("f || t:");
    let d = f(7) || t(8);
    println!("= {}", d);
    println!("f || t && f:");
    let e = f(9) || t(10) && f(11);
    println!("= {}", e);
    let x = 3;
    let y = 8;
    println!("{} {} {} {} {} {}", x < y, x > y, x <= 3, y >= 9, x == 3, x != y);
    let z: u8 = 0;
    if z != 0 && 100 / z > 1 {
        println!("not reached");
    } else {
        println!("guarded division skipped");
    }
    println!("{}", !(x < y) || false);
}
