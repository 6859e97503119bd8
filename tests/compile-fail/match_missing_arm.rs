// Rejects: a match on an enum that does not cover every variant (E0004).
enum Dir {
    Up,
    Down,
    Left,
}

fn main() {
    let d = Dir::Left;
    let n = match d {
        Dir::Up => 1,
        Dir::Down => 2,
    };
    println!("{}", n);
}
