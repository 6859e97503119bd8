// Checks: tuple construction, indexing with .0/.1, destructuring, nested tuples, unit tuple and tuple returns.
fn min_max(v: &[i32]) -> (i32, i32) {
    let mut lo = v[0];
    let mut hi = v[0];
    for &x in v {
        if x < lo { lo = x; }
        if x > hi { hi = x; }
    }
    (lo, hi)
}

fn main() {
    let tup: (i32, f64, u8) = (500, 6.4, 1);
    let (x, y, z) = tup;
    println!("x={} y={} z={}", x, y, z);
    println!("{} {} {}", tup.0, tup.1, tup.2);
    let nested = ((1, 2), (3.5, 'c'), "s");
    println!("{} {}", (nested.0).1, nested.1.1);
    println!("{:?}", nested);
    let (lo, hi) = min_max(&[4, -2, 9, 0]);
    println!("min {} max {}", lo, hi);
    let mut t = (1, String::from("a"));
    t.0 += 1;
    t.1.push('b');
    println!("{:?}", t);
    let unit = ();
    println!("{:?}", unit);
    let single = (5,);
    println!("{:?} {}", single, single.0);
    let (a, b) = (b'a', 'b');
    println!("{} {}", a, b);
}
