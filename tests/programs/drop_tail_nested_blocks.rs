// Checks: edition 2024 tail temporaries of nested blocks drop innermost first, each before its block's locals.
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
    let total = {
        let _outer_local = Noisy("outer local");
        let inner = {
            let _inner_local = Noisy("inner local");
            Noisy("inner tail").len()
        };
        inner + Noisy("outer tail").len()
    };
    println!("total {}", total);
}
