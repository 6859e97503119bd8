// Checks: closures used with sort_by_key, sort_by, retain, and an FnMut closure counting comparisons.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

fn main() {
    let mut list = [
        Rectangle { width: 10, height: 1 },
        Rectangle { width: 3, height: 5 },
        Rectangle { width: 7, height: 12 },
    ];
    let mut num_sort_operations = 0;
    list.sort_by_key(|r| {
        num_sort_operations += 1;
        r.width
    });
    println!("{:?}", list);
    println!("sorted, key closure was called: {}", num_sort_operations > 0);
    list.sort_by(|a, b| (b.width * b.height).cmp(&(a.width * a.height)));
    println!("{:?}", list);
    let mut v: Vec<i32> = (1..=12).collect();
    let threshold = 4;
    v.retain(|&x| x % 3 != 0 && x > threshold);
    println!("{:?}", v);
    let mut words = vec!["delta", "Alpha", "charlie", "bravo"];
    words.sort_by_key(|w| w.to_lowercase());
    println!("{:?}", words);
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    println!("{:?}", words);
}
