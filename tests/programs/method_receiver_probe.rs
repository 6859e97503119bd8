// Method lookup as rustc probes it: a `&self` method of `U` is taken at a receiver of type `&U`
// as it is (`b.cmp(&4)` is i32's cmp), by-value methods of references keep `Self = &U`
// (`b.max(c)` gives a reference), a Vec of literals is Clone before its element type is fixed,
// and a closure is Clone when its captures are (a cycle over a capturing map).
fn main() {
    let a = 5;
    let b = &a;
    println!("{:?} {:?} {:?}", b.cmp(&4), b.cmp(&&6), b.partial_cmp(&5));
    let c = &7;
    let bigger: &i32 = b.max(c);
    println!("{}", bigger);
    let v = vec![3, 1, 2];
    let mut w = v.clone();
    w.sort_unstable_by(|x, y| y.cmp(x));
    let r = &v;
    let mut owned = r.clone();
    owned.push(4);
    println!("{:?} {:?} {:?}", v, w, owned);
    let floats = [2.5, -1.0, 0.5];
    let mut sorted = floats.to_vec();
    sorted.sort_by(|x, y| x.partial_cmp(y).unwrap());
    println!("{:?}", sorted);
    let step = 3;
    let scaled: Vec<i32> = (0..3).map(|x| x * step).cycle().take(7).collect();
    println!("{:?}", scaled);
    let label = String::from("n");
    let named: Vec<String> = (1..3).map(move |i| format!("{label}{i}")).cycle().take(5).collect();
    println!("{:?}", named);
}
