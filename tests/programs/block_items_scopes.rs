// Block items shadow the module's items of the same name in their block only, each block has
// its own, and an impl inside a function adds methods to a module type everywhere.
#[derive(Debug)]
struct Point { x: i32, y: i32 }

const SCALE: i32 = 10;

fn helper() -> &'static str { "module helper" }

fn area(p: &Point) -> i32 { p.x * p.y }

fn first() -> String {
    #[derive(Debug, Clone, Copy)]
    struct Point(u8, u8);
    const SCALE: u8 = 2;
    fn helper() -> &'static str { "first's helper" }
    let p = Point(3, 4);
    format!("{:?} {} {}", p, p.0 * SCALE, helper())
}

fn second() -> String {
    #[derive(Debug)]
    struct Point { name: &'static str }
    impl Point {
        fn shout(&self) -> String { self.name.to_uppercase() }
    }
    let p = Point { name: "second" };
    format!("{:?} {}", p, p.shout())
}

fn main() {
    // An impl written inside a function, for the module's type: its methods work everywhere.
    impl Point {
        fn flipped(&self) -> Point { Point { x: self.y, y: self.x } }
    }
    let p = Point { x: 2, y: 5 };
    println!("{:?} {:?} {} {}", p, p.flipped(), area(&p), SCALE);
    println!("{}", first());
    println!("{}", second());
    println!("{}", helper());
    {
        fn helper() -> &'static str { "inner block helper" }
        const SCALE: i64 = -1;
        println!("{} {}", helper(), SCALE);
        {
            // A nested block sees the enclosing block's items, and can shadow them again.
            println!("{}", helper());
            fn helper() -> &'static str { "innermost helper" }
            println!("{} {}", helper(), SCALE * 3);
        }
    }
    println!("{} {}", helper(), SCALE);
    let results: Vec<String> = (1..=3)
        .map(|n| {
            #[derive(Debug)]
            enum Size { Small(i32), Big(i32) }
            let s = if n < 2 { Size::Small(n) } else { Size::Big(n * SCALE) };
            format!("{:?}", s)
        })
        .collect();
    println!("{:?}", results);
    let kind = match p.x {
        2 => {
            struct Two;
            impl Two {
                fn name(&self) -> &'static str { "two" }
            }
            Two.name()
        }
        _ => "other",
    };
    println!("{}", kind);
    let mut count = 0;
    while count < 2 {
        static STEP: i32 = 1;
        count += STEP;
    }
    println!("count {}", count);
}
