// Checks: assigning to a field drops the field's old value at once; the struct drops the new one later.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Holder {
    name: &'static str,
    item: Noisy,
}
impl Drop for Holder {
    fn drop(&mut self) {
        println!("drop holder {} with {}", self.name, self.item.0);
    }
}

fn main() {
    let mut h = Holder { name: "h", item: Noisy("old item") };
    println!("assigning");
    h.item = Noisy("new item");
    println!("assigned");
    let mut pair = (Noisy("p0"), Noisy("p1"));
    pair.1 = Noisy("p1 again");
    println!("pair = ({}, {})", pair.0.0, pair.1.0);
}
