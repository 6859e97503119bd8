// Checks: closures as Box<dyn Fn>/Box<dyn FnMut>/&dyn Fn: stored in a struct and a HashMap-free registry, called through references, dropped with what they captured.
struct Greeter {
    name: String,
}

impl Drop for Greeter {
    fn drop(&mut self) {
        println!("drop greeter {}", self.name);
    }
}

struct Handlers {
    on_event: Vec<(String, Box<dyn Fn(u32) -> String>)>,
}

impl Handlers {
    fn add(&mut self, name: &str, f: Box<dyn Fn(u32) -> String>) {
        self.on_event.push((name.to_string(), f));
    }

    fn fire(&self, value: u32) {
        for (name, f) in &self.on_event {
            println!("{}: {}", name, f(value));
        }
    }
}

fn apply(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn run_twice(f: &mut dyn FnMut()) {
    f();
    f();
}

fn doubler(x: i32) -> i32 {
    x * 2
}

fn main() {
    let g = Greeter { name: String::from("ann") };
    let mut h = Handlers { on_event: Vec::new() };
    h.add("double", Box::new(|v| format!("{}", v * 2)));
    h.add("greet", Box::new(move |v| format!("hi {} #{}", g.name, v)));
    h.fire(3);
    let offset = 10;
    println!("{} {}", apply(&|x| x + offset, 1), apply(&doubler, 4));
    let mut count = 0;
    run_twice(&mut || count += 1);
    println!("count {}", count);
    let mut steps: Box<dyn FnMut() -> usize> = {
        let mut seen = Vec::new();
        Box::new(move || {
            seen.push(seen.len());
            seen.len()
        })
    };
    println!("{} {} {}", steps(), steps(), steps());
    drop(h);
    println!("end");
}
