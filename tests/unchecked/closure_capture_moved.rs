// A closure borrows `s`, which is then moved out.
fn main() {
    let s = String::from("captured");
    let print = || println!("{}", s); // UB: use after move
    print();
    let t = s;
    print();
    println!("{}", t);
}
