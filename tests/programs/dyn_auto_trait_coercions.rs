// Trait objects with auto traits: `+ Send` may be dropped by a coercion, and is required of
// what is made into one.
trait Label {
    fn label(&self) -> String;
}

impl Label for i32 {
    fn label(&self) -> String {
        format!("<{}>", self)
    }
}

fn run(job: Box<dyn Fn() -> String>) -> String {
    job()
}

fn run_ref(job: &dyn Fn() -> String) -> String {
    job()
}

fn describe(item: &(dyn Label + Sync)) -> String {
    item.label()
}

fn describe_any(item: &dyn Label) -> String {
    item.label()
}

fn main() {
    let name = String::from("job");
    let sendable: Box<dyn Fn() -> String + Send> = Box::new(move || name.clone());
    println!("{}", run_ref(&*sendable));
    println!("{}", run(sendable));
    let both: Box<dyn Fn() -> String + Send + Sync> = Box::new(|| String::from("both"));
    println!("{}", run(both));
    println!("{}", describe(&42i32));
    let shared: &(dyn Label + Sync) = &7i32;
    println!("{}", describe_any(shared));
    let jobs: Vec<Box<dyn Fn(i32) -> i32 + Send>> = vec![Box::new(|x| x + 1), Box::new(|x| x * 2)];
    println!("{:?}", jobs.iter().map(|f| f(10)).collect::<Vec<_>>());
}
