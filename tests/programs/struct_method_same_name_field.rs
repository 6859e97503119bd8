// Checks: a method with the same name as a field, getters, and calling methods via auto-ref on values and references.
struct Temp {
    celsius: f64,
}

impl Temp {
    fn celsius(&self) -> f64 {
        self.celsius
    }
    fn fahrenheit(&self) -> f64 {
        self.celsius * 9.0 / 5.0 + 32.0
    }
    fn warm(&mut self, by: f64) {
        self.celsius += by;
    }
}

fn main() {
    let mut t = Temp { celsius: 21.5 };
    println!("{} {}", t.celsius, t.celsius());
    println!("{}", t.fahrenheit());
    t.warm(3.5);
    let r = &t;
    println!("{} {}", r.celsius(), r.fahrenheit());
    let rr = &&t;
    println!("{}", rr.fahrenheit());
    let mut boxed = Box::new(Temp { celsius: -40.0 });
    boxed.warm(0.0);
    println!("{} {}", boxed.celsius(), boxed.fahrenheit());
}
