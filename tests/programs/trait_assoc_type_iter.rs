// Checks: implementing Iterator for a user struct (associated type Item) and using adapters on it.
struct Counter {
    count: u32,
}

impl Counter {
    fn new() -> Counter {
        Counter { count: 0 }
    }
}

impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<Self::Item> {
        if self.count < 5 {
            self.count += 1;
            Some(self.count)
        } else {
            None
        }
    }
}

struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

fn main() {
    let mut c = Counter::new();
    println!("{:?} {:?}", c.next(), c.next());
    for x in Counter::new() {
        print!("{} ", x);
    }
    println!();
    let sum: u32 = Counter::new().zip(Counter::new().skip(1)).map(|(a, b)| a * b).filter(|x| x % 3 == 0).sum();
    println!("sum = {}", sum);
    let fibs: Vec<u64> = Fib { a: 0, b: 1 }.take(12).collect();
    println!("{:?}", fibs);
    println!("{:?}", Fib { a: 0, b: 1 }.find(|x| *x > 1000));
    println!("{}", Fib { a: 0, b: 1 }.take_while(|&x| x < 100).count());
}
