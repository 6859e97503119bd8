// Checks: temporaries are dropped at the end of the full statement, and shadowing does not drop the old value.
struct T(u32);
impl Drop for T {
    fn drop(&mut self) {
        println!("drop T({})", self.0);
    }
}
impl T {
    fn val(&self) -> u32 {
        self.0
    }
}

fn make(n: u32) -> T {
    println!("make {}", n);
    T(n)
}

fn main() {
    let x = make(1).val() + make(2).val();
    println!("sum {}", x);
    let s = make(10);
    let s = make(20);
    println!("shadowed, current {}", s.0);
    {
        let _inner = make(30);
    }
    println!("len {}", vec![make(40), make(41)].len());
    println!("end");
}
