// Checks: edition 2024: a block's tail temporaries drop before the block's locals, also in if and match arms.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Noisy {
    fn len(&self) -> usize {
        self.0.len()
    }
}

fn main() {
    let flag = true;
    let a = if flag {
        let _local = Noisy("if local");
        Noisy("if tail").len()
    } else {
        0
    };
    println!("a = {}", a);
    let b = match a {
        7 => {
            let _local = Noisy("arm local");
            Noisy("arm tail").len()
        }
        _ => 0,
    };
    println!("b = {}", b);
}
