// Checks: a manual fmt::Debug impl using debug_struct/debug_tuple/debug_list, with {:?} and {:#?}.
use std::fmt;

struct Secret {
    user: String,
    password: String,
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Secret").field("user", &self.user).field("password", &"***").finish()
    }
}

struct Pair(i32, char);
impl fmt::Debug for Pair {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_tuple("P").field(&self.0).field(&self.1).finish()
    }
}

struct Bag(Vec<u8>);
impl fmt::Debug for Bag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.0.iter().map(|b| b * 10)).finish()
    }
}

fn main() {
    let s = Secret { user: "root".into(), password: "hunter2".into() };
    println!("{:?}", s);
    println!("{:#?}", s);
    println!("{:?} {:#?}", Pair(1, 'x'), Pair(2, 'y'));
    println!("{:?}", Bag(vec![1, 2, 3]));
    println!("{:#?}", Bag(vec![4]));
    println!("{}", s.password.len());
}
