// Checks: a Vec of structs mutated via iter_mut, retain, drain, split_off and swap_remove.
#[derive(Debug, Clone)]
struct Task {
    id: u32,
    done: bool,
    title: String,
}

fn main() {
    let mut tasks: Vec<Task> = (1..=6)
        .map(|i| Task { id: i, done: i % 3 == 0, title: format!("task{}", i) })
        .collect();
    for t in tasks.iter_mut() {
        if t.id % 2 == 0 {
            t.title.push_str("*");
        }
    }
    for t in &tasks {
        println!("{} {} {}", t.id, t.done, t.title);
    }
    tasks.retain(|t| !t.done);
    println!("{:?}", tasks.iter().map(|t| t.id).collect::<Vec<_>>());
    let tail = tasks.split_off(2);
    println!("{:?} | {:?}", tasks.iter().map(|t| &t.title).collect::<Vec<_>>(), tail.iter().map(|t| t.id).collect::<Vec<_>>());
    let mut nums = vec![10, 20, 30, 40, 50];
    let drained: Vec<i32> = nums.drain(1..3).collect();
    println!("{:?} {:?}", drained, nums);
    let gone = nums.swap_remove(0);
    println!("{} {:?}", gone, nums);
    let mut big = vec![tail[0].clone(); 2];
    big[1].id = 99;
    println!("{:?}", big);
}
