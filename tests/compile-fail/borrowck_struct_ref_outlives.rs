// Rejects: a struct holding a reference outlives the String it borrows (E0597).
struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let e;
    {
        let novel = String::from("Call me Ishmael. Some years ago...");
        e = Excerpt { part: &novel[..] };
    }
    println!("{}", e.part);
}
