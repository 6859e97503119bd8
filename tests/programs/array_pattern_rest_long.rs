// Slice patterns with a rest on long arrays: exhaustiveness splits an array as rustc does, by the
// longest prefix and suffix the patterns name, so the element count never matters.
fn classify(a: [bool; 4096]) -> u32 {
    match a {
        [true, .., true] => 1,
        [false, ..] => 2,
        [.., false] => 3,
    }
}

fn ends(a: &[u16; 70000]) -> (u16, u16, usize) {
    match a {
        [first, middle @ .., last] => (*first, *last, middle.len()),
    }
}

fn main() {
    let mut a = [true; 4096];
    println!("{}", classify(a));
    a[0] = false;
    println!("{}", classify(a));
    a[0] = true;
    a[4095] = false;
    println!("{}", classify(a));
    let mut b = Box::new([3u16; 70000]);
    b[0] = 1;
    b[69999] = 9;
    println!("{:?}", ends(&b));
    let c = [[1u8; 3]; 2];
    match c {
        [[x, ..], [.., y]] => println!("{} {}", x, y),
    }
}
