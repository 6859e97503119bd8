// Rejects: a reference to a String that dies at the end of its block (E0597).
fn main() {
    let r;
    {
        let s = String::from("inner");
        r = &s;
    }
    println!("{}", r);
}
