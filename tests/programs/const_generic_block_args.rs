// Const generic arguments and array lengths written as const expressions (`{ SIZE + 1 }`,
// `[i32; { 2 * SIZE }]`, `{ N / 2 }` of consts), where rustc evaluates them: two const
// parameters, a nested array type built from both, N inferred from an array, N used as a value.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Grid<const W: usize, const H: usize> {
    cells: [[u8; W]; H],
}

impl<const W: usize, const H: usize> Grid<W, H> {
    fn new() -> Self {
        Grid { cells: [[0; W]; H] }
    }

    fn area(&self) -> usize {
        W * H
    }
}

fn first<T: Copy + Default, const N: usize>(a: [T; N]) -> T {
    if N == 0 { T::default() } else { a[0] }
}

fn pad<const N: usize, const M: usize>(a: [u8; N]) -> [u8; M] {
    let mut out = [0u8; M];
    out[..N].copy_from_slice(&a);
    out
}

struct Wrap<T, const N: usize>([T; N]);

impl<T: std::fmt::Debug, const N: usize> Wrap<T, N> {
    fn show(&self) {
        println!("{} {:?}", N, self.0);
    }
}

const SIZE: usize = 3;
const HALF: usize = SIZE * 4 / 2 % 5;
const MASK: usize = (1 << 3) | 1;

fn main() {
    let g: Grid<3, 2> = Grid::new();
    println!("{:?} {}", g, g.area());
    println!("{} {}", first([1, 2, 3]), first::<i32, 0>([]));
    Wrap([1u8, 2]).show();
    Wrap::<&str, 1>(["a"]).show();
    let b: [i32; { 2 * SIZE }] = [1; 6];
    println!("{:?}", b);
    let p: [u8; 4] = pad::<3, { 3 + 1 }>([1, 2, 3]);
    println!("{:?}", p);
    let g2 = Grid::<{ SIZE + 1 }, { SIZE * 2 - 5 }>::new();
    println!("{} {} {:?}", g2.area(), std::mem::size_of_val(&g2), g2 == Grid::<4, 1>::new());
    println!("{:?}", pad::<2, { SIZE + 2 }>([9, 9]));
    let h: [u16; { HALF }] = [HALF as u16; HALF];
    let m = [0u8; MASK];
    println!("{:?} {} {}", h, m.len(), std::mem::size_of::<[u64; { MASK - SIZE }]>());
    Wrap::<char, { SIZE - 1 }>(['x', 'y']).show();
}
