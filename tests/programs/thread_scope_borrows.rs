use std::thread;

fn main() {
    let mut numbers = vec![1, 2, 3, 4, 5, 6];
    let total = 100;
    let (left, right) = numbers.split_at_mut(3);
    thread::scope(|s| {
        s.spawn(|| {
            for x in left.iter_mut() {
                *x *= 10;
            }
        });
        let h = s.spawn(|| right.iter().sum::<i32>() + total);
        println!("right sum + total = {}", h.join().unwrap());
    });
    println!("{:?}", numbers);
    let words = vec![String::from("a"), String::from("bb")];
    let lens: Vec<usize> = thread::scope(|s| {
        let hs: Vec<_> = words.iter().map(|w| s.spawn(move || w.len())).collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("{:?} from {:?}", lens, words);
}
