// Checks: format specs: named and positional args, inline captured identifiers, width/precision from args ($ and *).
fn main() {
    let name = "Ferris";
    let age = 7;
    println!("{name} is {age} years old");
    println!("{0} {1} {0} {n}", "a", "b", n = "named");
    println!("[{:>w$}] [{:<w$}] [{:^w$}]", 42, 42, 42, w = 7);
    let w = 6;
    let p = 2;
    println!("[{:w$.p$}] [{:>1$}] [{:.*}]", 3.14159, 8, 3, 2.71828);
    println!("[{:+}] [{:+}] [{:05}] [{:<05}]", 5, -5, -42, 7);
    println!("[{:#x}] [{:#o}] [{:#b}] [{:08b}] [{:X}]", 255, 8, 5, 5, 48879);
    println!("[{:10?}] [{:<10?}]", Some(1), "q");
    println!("{{literal braces}} {}", "{}");
    println!("[{:>5}] [{:<5}] [{:^5}]", 'c', true, "ab");
    println!("[{:e}] [{:.2e}]", 1234.5, 0.000123);
    let v = format!("{:-^20}", " mid ");
    println!("{} ({})", v, v.len());
    eprintln!("to stderr: {:?}", (name, age));
    print!("no newline, ");
    print!("then newline\n");
}
