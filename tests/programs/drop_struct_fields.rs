// Checks: a struct's own Drop runs before its fields, and fields drop in declaration order; Vec elements drop in order.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Outer {
    first: D,
    second: D,
    third: D,
}

impl Drop for Outer {
    fn drop(&mut self) {
        println!("drop Outer (fields still alive: {} {} {})", self.first.0, self.second.0, self.third.0);
    }
}

struct NoDropImpl {
    x: D,
    y: D,
}

fn main() {
    {
        let _o = Outer { third: D("3"), first: D("1"), second: D("2") };
        println!("made outer");
    }
    {
        let _n = NoDropImpl { y: D("y"), x: D("x") };
    }
    {
        let _v = vec![D("v0"), D("v1"), D("v2")];
        let _t = (D("t0"), D("t1"));
        println!("end of vec scope");
    }
    println!("done");
}
