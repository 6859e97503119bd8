// Checks: edition 2024 drops an `if let` scrutinee's temporaries before the else block runs.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Noisy {
    fn even_half(&self) -> Option<u32> {
        if self.0 % 2 == 0 { Some(self.0 / 2) } else { None }
    }
}

fn main() {
    if let Some(h) = Noisy(4).even_half() {
        println!("half {}", h);
    } else {
        println!("odd");
    }
    println!("---");
    if let Some(h) = Noisy(5).even_half() {
        println!("half {}", h);
    } else {
        println!("odd (the temporary is already gone)");
    }
    println!("end");
}
