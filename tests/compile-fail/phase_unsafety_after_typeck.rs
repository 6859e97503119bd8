// Rejects: a type error (E0308) in a function after one that calls an unsafe function outside
// `unsafe`: rustc checks unsafety (E0133) only once every body type-checks.
unsafe fn reset(p: *mut i32) {
    unsafe { *p = 0 };
}

fn clear(x: &mut i32) {
    reset(x);
}

fn label() -> String {
    let n: i32 = "seven";
    n.to_string()
}

fn main() {
    let mut v = 3;
    clear(&mut v);
    println!("{} {}", v, label());
}
