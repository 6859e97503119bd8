// Arrays iterate by value (edition 2021's `IntoIterator for [T; N]`): elements move out one by
// one, the ones left are dropped with the iterator, and std's adapters and collections take
// arrays directly.
#[derive(Debug)]
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn total<I: IntoIterator<Item = i32>>(items: I) -> i32 {
    items.into_iter().sum()
}

fn main() {
    let words = [String::from("a"), String::from("b")];
    for s in words {
        println!("{}", s);
    }
    let v: Vec<i32> = [1, 2, 3].into_iter().map(|x| x * 10).collect();
    println!("{:?}", v);
    println!("{}", total([4, 5, 6]));
    let mut it = [Noisy("x"), Noisy("y"), Noisy("z")].into_iter();
    println!("{:?}", it.next());
    println!("{:?}", it.next_back());
    println!("{}", it.len());
    drop(it);
    println!("after drop");
    let mut list = vec![1, 2];
    list.extend([3, 4]);
    println!("{:?}", list);
    let pairs: Vec<(&str, i32)> = [("b", 2), ("a", 1)].into_iter().collect();
    println!("{:?}", pairs);
    let word: String = ['o', 'k'].into_iter().collect();
    println!("{}", word);
    let pairs = [(1, 'p'), (2, 'q')];
    for (n, c) in pairs.into_iter().rev() {
        println!("{} {}", n, c);
    }
}
