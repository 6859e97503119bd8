// Checks: Vec::drain over middle, open, inclusive, empty and full ranges; a Drain dropped
// half-consumed drops the rest and closes the gap; draining from the back; swap_remove.
fn main() {
    let mut v: Vec<i32> = (1..=8).collect();
    let middle: Vec<i32> = v.drain(2..5).collect();
    println!("{:?} {:?} cap {}", middle, v, v.capacity());
    let tail: Vec<i32> = v.drain(3..).collect();
    println!("{:?} {:?}", tail, v);
    let head: Vec<i32> = v.drain(..=1).collect();
    println!("{:?} {:?}", head, v);
    let none: Vec<i32> = v.drain(1..1).collect();
    println!("{:?} {:?} {}", none, v, none.capacity());

    let mut words: Vec<String> = ["alpha", "beta", "gamma", "delta", "epsilon"].iter().map(|w| w.to_string()).collect();
    {
        let mut d = words.drain(1..4);
        println!("first {:?}, {} left", d.next(), d.len());
        println!("last {:?}", d.next_back());
    }
    println!("{:?}", words);
    let all: Vec<String> = words.drain(..).rev().collect();
    println!("{:?} {:?} {}", all, words, words.is_empty());

    let mut nums = vec![10, 20, 30, 40];
    let last = nums.swap_remove(3);
    let first = nums.swap_remove(0);
    println!("{} {} {:?}", last, first, nums);
    let total: i32 = nums.drain(..).map(|x| x / 10).sum();
    println!("{} {:?}", total, nums);
}
