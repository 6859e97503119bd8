// Checks: println! with {} and {:?}, inline {x} args, positional {0} {1}, {{ }} escapes, empty println!.
fn main() {
    let x = 42;
    let y: i64 = -7;
    let ok = true;
    println!("plain text");
    println!("{} {:?} {} {:?}", x, x, ok, ok);
    println!("inline: {x} and {y} and {ok}");
    println!("inline debug: {x:?} {y:?}");
    println!("positional: {1} {0} {1} {0}", x, y);
    println!("mixed: {} {} {0}", x, y);
    println!("escapes: {{}} {{{}}} }}{{", x);
    println!();
    println!("expr: {}", x * 2 + 1);
    print!("no newline ");
    print!("then {}\n", x);
    let r = &y;
    println!("ref {} {:?} {r}", r, r);
    println!("{}{}{}", 1, 2, 3);
    println!("u128: {:?}", 340282366920938463463374607431768211455u128);
}
