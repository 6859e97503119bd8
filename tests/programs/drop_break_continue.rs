// Checks: break and continue drop the loop body's locals, including through labelled breaks of nested loops.
struct Noisy(String);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    for i in 0..3 {
        let _outer = Noisy(format!("outer {}", i));
        if i == 0 {
            println!("continue at {}", i);
            continue;
        }
        let _second = Noisy(format!("second {}", i));
        if i == 2 {
            println!("break at {}", i);
            break;
        }
        println!("end of body {}", i);
    }
    let _before = Noisy("before".to_string());
    'outer: loop {
        let _a = Noisy("loop a".to_string());
        loop {
            let _b = Noisy("loop b".to_string());
            println!("breaking out of both");
            break 'outer;
        }
    }
    println!("end of main");
}
