// Checks: closure parameter/return type inference, annotated closures, immediately-invoked closures and closures in structs.
struct Cacher<T>
where
    T: Fn(u64) -> u64,
{
    calc: T,
    value: Option<u64>,
    calls: u32,
}

impl<T: Fn(u64) -> u64> Cacher<T> {
    fn new(calc: T) -> Cacher<T> {
        Cacher { calc, value: None, calls: 0 }
    }
    fn value(&mut self, arg: u64) -> u64 {
        match self.value {
            Some(v) => v,
            None => {
                self.calls += 1;
                let v = (self.calc)(arg);
                self.value = Some(v);
                v
            }
        }
    }
}

fn main() {
    let add_one_v2 = |x: u32| -> u32 { x + 1 };
    let add_one_v3 = |x| x + 1;
    let add_one_v4 = |x| x + 1;
    println!("{} {} {}", add_one_v2(1), add_one_v3(2u8), add_one_v4(3i64));
    let r = (|a: i32, b: i32| a * b)(6, 7);
    println!("{}", r);
    let mut c = Cacher::new(|x| {
        println!("computing for {}", x);
        x * x
    });
    println!("{}", c.value(9));
    println!("{}", c.value(9));
    println!("{}", c.value(100));
    println!("calls {}", c.calls);
}
