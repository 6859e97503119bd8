// Checks: a struct holding a shared reference, replaced by one to another value.
struct View<'a> {
    data: &'a [i32],
}

fn main() {
    let a = vec![1, 2, 3];
    let b = vec![4, 5];
    let mut view = View { data: &a };
    println!("{:?}", view.data);
    view.data = &b;
    println!("{:?}", view.data);
    let c = a;
    println!("{:?}", c);
}
