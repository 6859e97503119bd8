// Checks: manual Debug impls with Formatter::debug_struct, debug_tuple, debug_list and finish_non_exhaustive, in {:?} and {:#?}, nested.
use std::fmt;

struct Secret {
    user: String,
    id: u32,
    token: String,
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Secret").field("user", &self.user).field("id", &self.id).finish_non_exhaustive()
    }
}

struct Pair(i32, String);

impl fmt::Debug for Pair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Pair").field(&self.0).field(&self.1).finish()
    }
}

struct Bag {
    items: Vec<Pair>,
}

impl fmt::Debug for Bag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.items.iter()).finish()
    }
}

struct Empty;

impl fmt::Debug for Empty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Empty").finish()
    }
}

#[derive(Debug)]
struct Holder {
    secret: Secret,
    bag: Bag,
    empty: Empty,
}

fn main() {
    let s = Secret { user: String::from("ann"), id: 7, token: String::from("xyz") };
    println!("{:?}", s);
    println!("{:#?}", s);
    let p = Pair(3, String::from("three"));
    println!("{:?}", p);
    println!("{:#?}", p);
    let bag = Bag { items: vec![Pair(1, String::from("a")), Pair(2, String::from("b"))] };
    println!("{:?}", bag);
    let h = Holder { secret: Secret { user: String::from("bo"), id: 1, token: s.token.clone() }, bag, empty: Empty };
    println!("{:?}", h);
    println!("{:#?}", h);
}
