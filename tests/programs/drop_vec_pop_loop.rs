// Checks: popping in a while-let loop drops each element at the end of its iteration, last element first.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut stack = vec![Noisy("bottom"), Noisy("middle"), Noisy("top")];
    while let Some(item) = stack.pop() {
        println!("popped {}", item.0);
    }
    println!("stack empty: {}", stack.is_empty());
    let mut queue = vec![Noisy("q0"), Noisy("q1")];
    queue.push(Noisy("q2"));
    queue.clear();
    println!("queue cleared");
    queue.push(Noisy("q3"));
    println!("end of main");
}
