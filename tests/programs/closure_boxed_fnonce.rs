// Checks: Box<dyn FnOnce>: jobs consumed by their call (a moved-in Drop value dropped inside), an unused job dropped with what it captured, a type alias for the job type.
struct Worker {
    id: u32,
}

impl Drop for Worker {
    fn drop(&mut self) {
        println!("drop worker {}", self.id);
    }
}

type Job = Box<dyn FnOnce(u32) -> String>;

fn make_job(name: String) -> Job {
    let w = Worker { id: 7 };
    Box::new(move |n| {
        let label = format!("{} #{} by {}", name, n, w.id);
        drop(w);
        label
    })
}

fn main() {
    let mut jobs: Vec<Job> = Vec::new();
    jobs.push(make_job(String::from("build")));
    jobs.push(Box::new(|n| format!("plain {}", n)));
    let unused = make_job(String::from("never"));
    for (i, job) in jobs.into_iter().enumerate() {
        println!("{}", job(i as u32));
    }
    let f: Box<dyn FnOnce()> = Box::new(|| println!("once"));
    f();
    drop(unused);
    println!("end");
}
