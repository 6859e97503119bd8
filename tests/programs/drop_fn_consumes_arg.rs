// Checks: a value moved into a function is dropped when that function returns, after its locals.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn swallow(n: Noisy) {
    let _local = Noisy("callee local");
    println!("swallowing {}", n.0);
}

fn swallow_vec(items: Vec<Noisy>) -> usize {
    println!("swallowing {} items", items.len());
    items.len()
}

fn main() {
    let a = Noisy("a");
    let b = Noisy("b");
    swallow(a);
    println!("back in main");
    let n = swallow_vec(vec![Noisy("v0"), Noisy("v1")]);
    println!("vec of {} gone", n);
    println!("end of main with {}", b.0);
}
