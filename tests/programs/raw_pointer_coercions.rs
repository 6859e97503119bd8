// Raw pointers made by coercions and casts from references, pointer-to-pointer casts and
// integers, compared by address (no address is printed, so both models agree).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Handle {
    raw: *const u32,
}

fn same(a: *const u32, b: *const u32) -> bool {
    a == b
}

fn main() {
    let x = 5u32;
    let p: *const u32 = &x;
    let mut y = 7u32;
    let q: *mut u32 = &mut y;
    let r: *const u32 = q;
    let s = &mut y as *mut u32 as *const u32;
    println!("{} {} {}", p == &x as *const u32, r == s, same(p, r));
    println!("{}", same(&x, &x));
    let h = Handle { raw: &x };
    let k = h;
    println!("{}", h == k);
    let low = 0x10 as *const u8;
    let high = 0x20usize as *const u8;
    println!("{} {} {}", low < high, low == 16 as *const u8, low != high);
    let arr = [1u8, 2, 3];
    let first: *const u8 = &arr[0];
    println!("{}", first == &arr as *const u8);
    let v: Vec<i32> = vec![10, 20];
    let pv: *const Vec<i32> = &v;
    let mut w = v.clone();
    let pw: *mut Vec<i32> = &mut w;
    println!("{} {}", pv == pw as *const Vec<i32>, pv == &v as *const _);
    w.push(30);
    println!("{:?} {:?} {}", v, w, y + x);
}
