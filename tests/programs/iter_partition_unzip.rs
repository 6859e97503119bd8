// Checks: Iterator::partition into Vecs and Strings (one extend_one per item), an empty
// partition, unzip into collections of different kinds (Vec and String), and flatten over
// nested Vecs, Options and ranges.
fn main() {
    let words = vec!["apple", "kiwi", "banana", "fig", "cherry"];
    let (long, short): (Vec<&str>, Vec<&str>) = words.iter().partition(|w| w.len() > 4);
    println!("{:?} {:?} cap {} {}", long, short, long.capacity(), short.capacity());
    let (vowels, others): (String, String) = "partition".chars().partition(|c| "aeiou".contains(*c));
    println!("{} {}", vowels, others);
    let nums = [3, 8, 1, 9, 4];
    let (big, small): (Vec<&i32>, Vec<&i32>) = nums.iter().partition(|&&n| n > 3);
    println!("{:?} {:?}", big, small);
    let (none, all): (Vec<u8>, Vec<u8>) = (0..0).partition(|_| true);
    println!("{:?} {:?} {}", none, all, none.capacity());
    let owned: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
    let (with_a, without_a): (Vec<String>, Vec<String>) = owned.into_iter().partition(|w| w.contains('A'));
    println!("{:?} {:?}", with_a, without_a);

    let pairs = vec![(1, 'x'), (2, 'y'), (3, 'z')];
    let (ids, letters): (Vec<i32>, String) = pairs.iter().cloned().unzip();
    println!("{:?} {}", ids, letters);
    let (left, right): (Vec<usize>, Vec<&str>) = words.iter().map(|w| (w.len(), *w)).filter(|p| p.0 != 4).unzip();
    println!("{:?} {:?} cap {}", left, right, left.capacity());

    let nested = vec![vec![1, 2], vec![], vec![3], vec![4, 5, 6]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{:?} cap {}", flat, flat.capacity());
    let maybe = vec![Some('a'), None, Some('b')];
    let present: String = maybe.into_iter().flatten().collect();
    println!("{}", present);
    let ranges: Vec<u32> = (1..4).map(|n| 0..n).flatten().collect();
    println!("{:?}", ranges);
}
