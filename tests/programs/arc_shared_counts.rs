// Checks: Arc::new, Arc::clone, strong_count, Display/Debug through Arc, and the value dropped with the last Arc.
use std::sync::Arc;

#[derive(Debug)]
struct Job {
    id: u32,
}

impl Drop for Job {
    fn drop(&mut self) {
        println!("job {} done", self.id);
    }
}

fn main() {
    let job = Arc::new(Job { id: 1 });
    let workers: Vec<Arc<Job>> = (0..3).map(|_| Arc::clone(&job)).collect();
    println!("count {}", Arc::strong_count(&job));
    println!("{:?} {}", workers[0], workers.len());
    drop(workers);
    println!("count {}", Arc::strong_count(&job));
    let msg = Arc::new(String::from("hello"));
    let m2 = msg.clone();
    println!("{} {} {}", msg, m2.len(), Arc::ptr_eq(&msg, &m2));
    drop(job);
    println!("end");
}
