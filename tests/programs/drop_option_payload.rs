// Checks: Some(x) drops its payload, None drops nothing; assigning None to an Option drops the old payload.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn maybe(n: u32) -> Option<Noisy> {
    if n % 2 == 1 { Some(Noisy(n)) } else { None }
}

fn main() {
    let mut items: Vec<Option<Noisy>> = (1..=4).map(maybe).collect();
    println!("made {} options", items.len());
    items[0] = None;
    println!("cleared the first");
    let mut slot = maybe(5);
    slot = maybe(6);
    println!("slot is none: {}", slot.is_none());
    if let Some(n) = maybe(7) {
        println!("inside if let with {}", n.0);
    }
    println!("end of main");
}
