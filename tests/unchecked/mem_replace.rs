// `mem::replace` writes a new String over the one `r` points to.
use std::mem;

fn main() {
    let mut name = String::from("old");
    let r = &name;
    let previous = mem::replace(&mut name, String::from("new"));
    drop(previous);
    println!("{}", r); // UB: invalidated
}
