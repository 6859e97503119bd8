// `use` in a block: a module's items, an enum's variants by glob; a generic type and its trait impl in a block, printed by a panic.
mod shapes {
    #[derive(Debug)]
    pub struct Circle { pub r: f64 }
    pub fn unit() -> Circle { Circle { r: 1.0 } }
}

#[derive(Debug, Clone, Copy)]
enum Direction { North, South }

fn main() {
    use shapes::{Circle, unit};
    use Direction::*;
    const STEP: i32 = 2;
    fn walk(d: Direction) -> i32 {
        match d {
            North => STEP,
            South => -STEP,
        }
    }
    let c = Circle { r: 2.0 };
    println!("{:?} {:?} {} {}", c, unit(), walk(North), walk(South));
    let dirs = [North, South];
    for d in dirs {
        if let North = d { println!("north"); } else { println!("{:?}", d); }
    }
    struct Wrapper<T>(T);
    impl<T: std::fmt::Debug> std::fmt::Debug for Wrapper<T> {
        fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            write!(f, "W[{:?}]", self.0)
        }
    }
    println!("{:?}", Wrapper(vec![1, 2]));
    let r: Result<i32, Wrapper<&str>> = Err(Wrapper("bad"));
    if let Err(e) = &r { println!("{:?}", e); }
    let v: Option<Wrapper<i32>> = None;
    println!("{}", v.is_none());
    r.unwrap();
}
