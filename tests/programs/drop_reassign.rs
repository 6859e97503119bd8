// Checks: assigning a new value to a variable drops the old value immediately; Option::take and replace drop timing.
struct P(i32);
impl Drop for P {
    fn drop(&mut self) {
        println!("drop P({})", self.0);
    }
}

fn main() {
    let mut p = P(1);
    println!("assign 2");
    p = P(2);
    println!("assign 3");
    p = P(3);
    println!("holding {}", p.0);
    let mut slot: Option<P> = Some(P(10));
    let taken = slot.take();
    println!("took {:?}", taken.as_ref().map(|x| x.0));
    slot = Some(P(11));
    println!("slot set");
    slot = None;
    println!("slot cleared {}", slot.is_none());
    let mut v = vec![P(20), P(21), P(22)];
    v.remove(1);
    println!("removed");
    v.truncate(1);
    println!("truncated");
    v.clear();
    println!("cleared");
    drop(taken);
    println!("end");
}
