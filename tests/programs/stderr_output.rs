// Checks: eprintln! and eprint! write to stderr, interleaved with println!/print! to stdout.
fn main() {
    println!("to stdout 1");
    eprintln!("to stderr 1");
    print!("partial ");
    eprint!("err partial ");
    println!("stdout done");
    eprintln!("stderr done {}", 7);
    let code = 5;
    eprintln!("value {code:>4} hex {:#x}", 255);
    eprintln!();
    println!("end");
}
