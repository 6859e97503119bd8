// Checks: std::process::exit(3) ends the program with exit code 3 after some output.
fn finish(code: i32) {
    println!("exiting with {}", code);
    eprintln!("bye from stderr");
    std::process::exit(code);
}

fn main() {
    println!("start");
    let mut i = 0;
    while i < 10 {
        if i == 3 {
            finish(i);
        }
        println!("i = {}", i);
        i += 1;
    }
    println!("not reached");
}
