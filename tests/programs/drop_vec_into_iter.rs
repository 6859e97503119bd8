// Checks: a for loop over a Vec by value drops each element at the end of its iteration; breaking drops the rest.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Noisy(1), Noisy(2), Noisy(3)];
    for n in v {
        println!("visit {}", n.0);
    }
    println!("first loop done");
    let w = vec![Noisy(10), Noisy(20), Noisy(30), Noisy(40)];
    for n in w {
        if n.0 == 20 {
            println!("break at {}", n.0);
            break;
        }
        println!("visit {}", n.0);
    }
    println!("end of main");
}
