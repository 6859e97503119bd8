// Checks: & and &mut references, * deref, `*r += 1` through &mut, passing &mut to functions, refs in println!.
fn increment(r: &mut i32) {
    *r += 1;
}

fn add_to(target: &mut u64, amount: u64) {
    *target = *target + amount;
}

fn read(r: &i32) -> i32 {
    *r * 2
}

fn swap_vals(a: &mut i32, b: &mut i32) {
    let t = *a;
    *a = *b;
    *b = t;
}

fn main() {
    let mut x = 10;
    increment(&mut x);
    increment(&mut x);
    println!("x = {}", x);
    let r = &x;
    println!("r = {}, *r = {}, read = {}, {:?}", r, *r, read(r), r);
    let rr = &r;
    println!("rr = {} {:?} {}", rr, rr, **rr + 1);
    let mut total: u64 = 0;
    for i in 1..=10 {
        add_to(&mut total, i);
    }
    println!("total = {}", total);
    let mut a = 1;
    let mut b = 2;
    swap_vals(&mut a, &mut b);
    println!("a = {}, b = {}", a, b);
    let m = &mut a;
    *m *= 7;
    *m -= 1;
    println!("a = {}", a);
    let flag = true;
    let fr = &flag;
    println!("fr = {}, !*fr = {}", fr, !*fr);
}
