// Checks: Option::take, Option::replace, mem::take and mem::replace hand the old value over without dropping it.
use std::mem;

struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut slot = Some(Noisy(1));
    let old = slot.replace(Noisy(2));
    println!("old {:?}", old.as_ref().map(|n| n.0));
    let taken = slot.take();
    println!("taken {:?}, slot empty {}", taken.as_ref().map(|n| n.0), slot.is_none());
    let mut list = vec![Noisy(3), Noisy(4)];
    let all = mem::take(&mut list);
    println!("took {} items, left {}", all.len(), list.len());
    let mut single = Noisy(5);
    let before = mem::replace(&mut single, Noisy(6));
    println!("replaced {} with {}", before.0, single.0);
    drop(all);
    println!("end of main");
}
