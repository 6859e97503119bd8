// One name imported in two inline modules and at the root, and once under an alias: no clash.
use std::mem;
use std::mem as m;

mod pairs {
    use std::mem;

    pub fn swapped(mut a: i32, mut b: i32) -> (i32, i32) {
        mem::swap(&mut a, &mut b);
        (a, b)
    }
}

mod sizes {
    use std::mem;

    pub fn of_pair() -> usize {
        mem::size_of::<(u8, u32)>()
    }
}

fn main() {
    let mut x = 1;
    let old = mem::replace(&mut x, 5);
    println!("{:?} {} {} {} {}", pairs::swapped(1, 2), sizes::of_pair(), old, x, m::size_of::<u16>());
}
