// An index fixed by a variant's discriminant, past the array's end.
#[derive(Clone, Copy)]
#[repr(u8)]
enum Slot {
    First = 1,
    Last = 7,
}

fn main() {
    let a = [10, 20, 30, 40];
    println!("{}", a[Slot::First as usize]);
    println!("{}", a[Slot::Last as usize - 2]);
}
