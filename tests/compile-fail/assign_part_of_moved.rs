// Assigning a field of a struct that was moved as a whole is an error (only the moved field itself may be reassigned).
struct Pair {
    left: String,
    right: String,
}

fn main() {
    let mut p = Pair { left: String::from("l"), right: String::from("r") };
    let t = p.left;
    p.left = String::from("again");
    let whole = p;
    p.right = String::from("too late");
    println!("{} {} {}", t, whole.left, whole.right);
}
