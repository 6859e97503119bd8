// Checks: destructuring a struct with `..` moves the named fields out; the rest drop when the struct's scope ends.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Three {
    a: Noisy,
    b: Noisy,
    c: Noisy,
}

fn main() {
    let three = Three { a: Noisy("a"), b: Noisy("b"), c: Noisy("c") };
    {
        let Three { b, .. } = three;
        println!("bound b = {}", b.0);
    }
    println!("inner scope over");
    let (x, _, z) = (Noisy("x"), Noisy("y"), Noisy("z"));
    println!("x = {}, z = {}", x.0, z.0);
}
