// Raw pointers turned into addresses (`--model real` computes rustc's; the book model refuses).
struct Node {
    value: u32,
}

fn addr_of(r: &u32) -> usize {
    r as *const u32 as usize
}

fn main() {
    let x = 5i32;
    let p: *const i32 = &x;
    let mut y = 7u8;
    let q: *mut u8 = &mut y;
    let r: *const u8 = q;
    let a = p as usize;
    let b = 0x1000usize as *const u64;
    let c = r as usize;
    println!("{}", a != 0);
    println!("{}", b as usize);
    println!("{}", c == q as usize);
    println!("{}", p == &x as *const i32);
    println!("{}", r == q as *const u8);
    let n = Node { value: 3 };
    let np = &n as *const Node;
    println!("{}", np as usize == &n as *const Node as usize);
    println!("{}", addr_of(&n.value) == np as usize);
    let arr = [1u16, 2, 3];
    let first = &arr as *const u16;
    let second = &arr[1] as *const u16;
    println!("{}", second as usize - first as usize);
    let mut m = 9i64;
    let pm = &mut m as *mut i64;
    let pc = pm as *const i64;
    println!("{}", pc as usize == pm as usize);
    let none = 0 as *const i32;
    println!("{}", none as usize);
    let v = vec![1, 2];
    let pv: *const Vec<i32> = &v;
    println!("{} {}", pv as usize != 0, v.len());
    println!("{}", y + m as u8);
}
