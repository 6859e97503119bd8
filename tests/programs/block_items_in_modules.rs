// Items and `use`s in the blocks of a module's functions, and `use` of module items (with `crate::`, `self::` and an alias) in blocks.
mod geometry {
    pub struct Square(pub u32);

    pub fn describe(s: &Square) -> String {
        use std::fmt::Write;
        #[derive(Debug)]
        enum Kind { Small, Large }
        use self::helpers::classify;
        let kind = if classify(s.0) { Kind::Large } else { Kind::Small };
        let mut out = String::new();
        write!(out, "{:?} square of side {}", kind, s.0).unwrap();
        out
    }

    pub mod helpers {
        pub fn classify(side: u32) -> bool {
            const LIMIT: u32 = 10;
            side > LIMIT
        }
    }
}

fn main() {
    use geometry::{describe, Square};
    println!("{}", describe(&Square(3)));
    println!("{}", describe(&Square(30)));
    {
        use crate::geometry::helpers::classify as big;
        println!("{}", big(11));
    }
}
