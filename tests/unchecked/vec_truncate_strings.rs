// `truncate` drops the String the reference points to.
fn main() {
    let mut names = vec![String::from("ann"), String::from("bob"), String::from("cy")];
    let last = &names[2];
    names.truncate(1);
    println!("{}", last); // UB: invalidated
}
