// Checks: closures capturing by shared ref, by mutable ref and by move; FnMut state and calling closures repeatedly.
fn main() {
    let list = vec![1, 2, 3];
    let only_borrows = || println!("From closure: {:?}", list);
    println!("Before calling closure: {:?}", list);
    only_borrows();
    println!("After calling closure: {:?}", list);

    let mut list2 = vec![1, 2, 3];
    let mut borrows_mutably = |x: i32| list2.push(x);
    borrows_mutably(7);
    borrows_mutably(8);
    println!("After mutable closure: {:?}", list2);

    let mut count = 0;
    let mut inc = || {
        count += 1;
        count * 10
    };
    println!("{} {} {}", inc(), inc(), inc());
    println!("count = {}", count);

    let name = String::from("moved");
    let owns = move || format!("{} ({})", name, name.len());
    println!("{}", owns());
    println!("{}", owns());

    let x = 4;
    let equal_to_x = |z| z == x;
    println!("{} {}", equal_to_x(4), equal_to_x(5));
}
