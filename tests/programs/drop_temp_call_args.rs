// Checks: temporaries created for a call's arguments live until the end of the whole statement.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(n: u32) -> Noisy {
    println!("make {}", n);
    Noisy(n)
}

fn add(a: &Noisy, b: &Noisy) -> u32 {
    println!("add {} + {}", a.0, b.0);
    a.0 + b.0
}

fn main() {
    let total = add(&make(1), &make(2));
    println!("total {}", total);
    let twice = add(&make(3), &make(4)) + add(&make(5), &make(6));
    println!("twice {}", twice);
}
