// Checks: Vec::with_capacity, capacity() growth behaviour observable from rustc's allocator strategy, shrink_to_fit, reserve.
fn main() {
    let mut v: Vec<i32> = Vec::with_capacity(10);
    println!("len {} cap {}", v.len(), v.capacity());
    for i in 0..10 {
        v.push(i);
    }
    println!("len {} cap {}", v.len(), v.capacity());
    v.push(10);
    println!("len {} cap {}", v.len(), v.capacity());
    let mut g: Vec<u8> = Vec::new();
    println!("empty cap {}", g.capacity());
    let mut caps = Vec::new();
    for i in 0..40 {
        g.push(i);
        if caps.last() != Some(&g.capacity()) {
            caps.push(g.capacity());
        }
    }
    println!("growth {:?}", caps);
    let mut h: Vec<u64> = Vec::new();
    h.push(1);
    println!("u64 first cap {}", h.capacity());
    let mut s = vec![1, 2, 3];
    println!("vec! cap {}", s.capacity());
    s.reserve(10);
    println!("after reserve >= 13: {}", s.capacity() >= 13);
    s.shrink_to_fit();
    println!("after shrink {}", s.capacity());
    s.clear();
    println!("after clear len {} cap {}", s.len(), s.capacity());
}
