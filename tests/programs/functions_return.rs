// Checks: fn items with parameters, explicit `-> T`, tail expressions, early `return`, unit fns.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn abs_val(x: i64) -> i64 {
    if x < 0 {
        return -x;
    }
    x
}

fn clamp(x: i32, lo: i32, hi: i32) -> i32 {
    if x < lo {
        return lo;
    }
    if x > hi {
        return hi;
    }
    return x;
}

fn show(label: u8, v: i32) {
    println!("[{}] {}", label, v);
}

fn square_then_add(x: i32, y: i32) -> i32 {
    let sq = x * x;
    add(sq, y)
}

fn main() {
    show(1, add(2, 3));
    show(2, clamp(-7, 0, 10));
    show(3, clamp(42, 0, 10));
    show(4, clamp(5, 0, 10));
    println!("abs: {} {} {}", abs_val(-9), abs_val(0), abs_val(12));
    println!("nested: {}", add(add(1, 2), square_then_add(3, 4)));
}
