// Mutable ranges of arrays, Vecs and fields: `&mut a[1..]`, `v[..2].sort()`, through `&mut`.
struct Grid {
    cells: [i32; 4],
}

fn zero_tail(s: &mut [i32; 4]) {
    for x in &mut s[2..] {
        *x = 0;
    }
}

fn main() {
    let mut a = [1, 2, 3];
    let s = &mut a[1..];
    s[0] = 5;
    let t = &a[..1];
    println!("{:?} {:?}", a, t);
    let mut v = vec![9, 4, 7, 1];
    v[..3].sort();
    println!("{:?}", v);
    let mut g = Grid { cells: [4, 3, 2, 1] };
    g.cells[..2].reverse();
    zero_tail(&mut g.cells);
    println!("{:?}", g.cells);
    let r = &mut v;
    r[1..].fill(8);
    println!("{:?}", v);
}
