// Rejects: an `FnMut` closure bound without `mut` called twice inside another closure: each call is an error of its own, the first reported (E0596).
fn main() {
    let mut total = 0;
    let add = |n: i32| total += n;
    let mut twice = |n: i32| {
        add(n);
        add(n);
    };
    twice(3);
    println!("{}", total);
}
