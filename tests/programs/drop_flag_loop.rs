// Checks: drop flags in loops: a value moved out on some iteration is not dropped again at scope end.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut holder = Some(Noisy(1));
    for i in 0..3 {
        if i == 1 {
            if let Some(n) = holder.take() {
                println!("took {} in iteration {}", n.0, i);
            }
        }
        println!("iteration {}", i);
    }
    let x = Noisy(2);
    let mut rounds = 0;
    loop {
        rounds += 1;
        if rounds == 2 {
            drop(x);
            break;
        }
        println!("round {}", rounds);
    }
    println!("end of main");
}
