// Items of each kind declared inside function bodies, used before and after their statement.
use std::fmt;

fn describe(n: i32) -> String {
    // A nested function, visible in the whole body (called before its statement).
    let label = classify(n);
    fn classify(n: i32) -> &'static str {
        if n < 0 { "negative" } else if n == 0 { "zero" } else { "positive" }
    }
    format!("{} is {}", n, label)
}

fn main() {
    use std::collections::HashMap;
    use std::mem;
    use std::cmp::Ordering;

    type Km = u32;
    const LIMIT: Km = 100;
    static GREETING: &str = "hello from a block static";

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Stage { Start, Middle, End }
    use Stage::{Start, End as Finish};

    #[derive(Debug, Clone, PartialEq)]
    struct Trip { name: String, km: Km }

    impl Trip {
        fn new(name: &str, km: Km) -> Trip { Trip { name: name.to_string(), km } }
        fn over_limit(&self) -> bool { self.km > LIMIT }
    }

    trait Describe {
        fn describe(&self) -> String;
        fn shout(&self) -> String { self.describe().to_uppercase() }
    }
    impl Describe for Trip {
        fn describe(&self) -> String { format!("{} ({} km)", self.name, self.km) }
    }
    impl fmt::Display for Stage {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "stage {:?}", self)
        }
    }

    let mut trips: HashMap<&str, Trip> = HashMap::new();
    trips.insert("a", Trip::new("Alps", 120));
    trips.insert("b", Trip::new("Bay", 40));
    let mut keys: Vec<_> = trips.keys().copied().collect();
    keys.sort();
    for k in &keys {
        let t = &trips[k];
        println!("{} -> {} over={} {}", k, t.describe(), t.over_limit(), t.shout());
    }
    println!("{:?}", trips["b"]);

    let (mut x, mut y) = (1, 2);
    mem::swap(&mut x, &mut y);
    println!("{} {} {}", x, y, GREETING);

    let stages = [Start, Stage::Middle, Finish];
    for s in stages {
        let what = match s {
            Start => "begin",
            Stage::Middle => "halfway",
            Finish => "done",
        };
        println!("{} {} {}", s, what, s == Finish);
    }
    match 3.cmp(&4) {
        Ordering::Less => println!("less"),
        Ordering::Equal | Ordering::Greater => println!("not less"),
    }
    println!("{}", describe(-2));
    println!("{}", describe(5));
    let total: Km = trips.values().map(|t| t.km).sum();
    println!("total {} limit {}", total, LIMIT);
}
