// Rc<[T]>: from a Vec (elements moved, the buffer freed), from a slice (cloned), from an array.
use std::rc::Rc;

#[derive(Debug, Clone)]
struct Item {
    name: String,
    qty: u32,
}

fn total(items: &[Item]) -> u32 {
    items.iter().map(|i| i.qty).sum()
}

fn main() {
    let nums: Rc<[i32]> = Rc::from(vec![10, 20, 30, 40]);
    let shared = Rc::clone(&nums);
    println!("{:?} len={} strong={}", nums, nums.len(), Rc::strong_count(&shared));
    println!("first={} last={} sum={}", nums[0], shared[nums.len() - 1], nums.iter().sum::<i32>());
    for (i, n) in shared.iter().enumerate() {
        print!("{}:{} ", i, n);
    }
    println!();
    let evens: Vec<i32> = nums.iter().copied().filter(|n| n % 20 == 0).collect();
    println!("{:?}", evens);

    let items = vec![
        Item { name: String::from("apple"), qty: 3 },
        Item { name: String::from("pear"), qty: 5 },
    ];
    let cloned: Rc<[Item]> = Rc::from(&items[..]);
    let moved: Rc<[Item]> = items.into();
    println!("{} {} {}", total(&cloned), cloned[1].name, moved[0].name);
    println!("{:?}", moved);

    let from_array: Rc<[u8]> = Rc::from([1u8, 2, 3]);
    println!("{:?} {}", from_array, std::mem::size_of_val(&*from_array));
    let empty: Rc<[String]> = Rc::from(Vec::new());
    println!("{:?} {}", empty, empty.is_empty());
    println!("{}", std::mem::size_of::<Rc<[Item]>>());
    drop(nums);
    println!("strong={}", Rc::strong_count(&shared));
}
