// Checks: &mut self methods mutating fields, chained calls and methods returning values computed from state.
struct Counter {
    count: i32,
    step: i32,
    history: Vec<i32>,
}

impl Counter {
    fn new(step: i32) -> Counter {
        Counter { count: 0, step, history: Vec::new() }
    }
    fn tick(&mut self) {
        self.count += self.step;
        self.history.push(self.count);
    }
    fn reset(&mut self) -> i32 {
        let old = self.count;
        self.count = 0;
        old
    }
    fn set_step(&mut self, s: i32) -> &mut Self {
        self.step = s;
        self
    }
}

fn main() {
    let mut c = Counter::new(3);
    for _ in 0..4 {
        c.tick();
        println!("count = {}", c.count);
    }
    c.set_step(-2).tick();
    println!("after step change: {}", c.count);
    let old = c.reset();
    println!("reset returned {}, now {}", old, c.count);
    c.tick();
    println!("history: {:?}", c.history);
}
