// Checks: Iterator::cycle restarting from a clone of the original (slice, range, chars and a
// capturing map), cycle of an empty iterator, size_hint of a cycle, zip with a shorter cycle.
fn main() {
    let colors = ["red", "green", "blue"];
    let seq: Vec<&str> = colors.iter().cycle().take(8).cloned().collect();
    println!("{:?} cap {}", seq, seq.capacity());
    let step = 3;
    let scaled: Vec<i32> = (0..3).map(|x| x * step).cycle().skip(2).take(5).collect();
    println!("{:?}", scaled);
    let empty: Vec<i32> = (0..0).cycle().take(3).collect();
    println!("{:?} {:?} {:?}", empty, (0..0).cycle().size_hint(), (1..2).cycle().size_hint());
    let mut letters = "ab".chars().cycle();
    println!("{:?} {:?} {:?}", letters.next(), letters.next(), letters.next());
    let paired: Vec<(i32, char)> = [1, 2, 3, 4, 5].iter().copied().zip("xy".chars().cycle()).collect();
    println!("{:?}", paired);
    let mut turns = colors.iter().cycle();
    for round in 0..4 {
        print!("{}:{} ", round, turns.next().unwrap());
    }
    println!();
}
