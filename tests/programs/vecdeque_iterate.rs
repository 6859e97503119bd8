// Checks: VecDeque iter_mut, &mut iteration, into_iter by value (rev), and a by-value loop that breaks early dropping the rest.
use std::collections::VecDeque;

struct Job(u32);
impl Drop for Job {
    fn drop(&mut self) {
        println!("drop job {}", self.0);
    }
}

fn main() {
    let mut q: VecDeque<i32> = VecDeque::new();
    for i in 0..6 {
        if i % 2 == 0 { q.push_back(i) } else { q.push_front(i) }
    }
    for x in q.iter_mut() {
        *x *= 10;
    }
    for x in &mut q {
        *x += 1;
    }
    println!("{:?}", q);
    let back: Vec<i32> = q.into_iter().rev().collect();
    println!("{:?}", back);
    let mut jobs = VecDeque::new();
    jobs.push_back(Job(1));
    jobs.push_back(Job(2));
    jobs.push_front(Job(0));
    for job in jobs {
        println!("run {}", job.0);
        if job.0 == 1 {
            break;
        }
    }
    println!("end");
}
