// Checks: edition 2024 drops a block's tail-expression temporaries before the block's locals; statement temporaries drop at the semicolon.
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

fn tail() -> usize {
    let _local = Noisy("local");
    Noisy("tail temporary").len()
}

fn main() {
    println!("tail = {}", tail());
    let n = Noisy("statement temporary").len() + 1;
    println!("n = {}", n);
    let total = {
        let _inner = Noisy("inner local");
        Noisy("block tail").len()
    };
    println!("total = {}", total);
}
