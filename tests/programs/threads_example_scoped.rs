use std::thread;

// Scoped threads may borrow from main's stack: the
// scope joins them before `data` can go away.
fn main() {
    let mut data = vec![10, 20, 30, 40];
    let (left, right) = data.split_at_mut(2);
    thread::scope(|s| {
        s.spawn(|| {
            for x in left.iter_mut() {
                *x += 1;
            }
        });
        s.spawn(|| {
            let sum: i32 = right.iter().sum();
            println!("right half sums to {}", sum);
        });
    });
    println!("{:?}", data);
}
