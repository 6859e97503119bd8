// Checks: a struct with a const parameter: `impl<const W: usize> Grid<W>`, `Grid::<4>`, W as a
// value in methods, sizes of each instance, a heap-owning field beside the array, drop order.
#[derive(Debug, Clone)]
struct Grid<const W: usize> {
    cells: [u8; W],
    name: String,
}

impl<const W: usize> Grid<W> {
    fn new(name: &str) -> Self {
        Grid { cells: [0; W], name: name.to_string() }
    }

    fn width(&self) -> usize {
        W
    }

    fn set(&mut self, i: usize, v: u8) {
        self.cells[i % W] = v;
    }

    fn total(&self) -> u32 {
        let mut t = 0;
        for c in self.cells {
            t += c as u32;
        }
        t
    }
}

struct Loud<const N: usize> {
    tag: [char; N],
}

impl<const N: usize> Drop for Loud<N> {
    fn drop(&mut self) {
        println!("drop Loud<{}> {:?}", N, self.tag);
    }
}

fn main() {
    let mut g = Grid::<4>::new("four");
    g.set(1, 7);
    g.set(6, 3);
    let h: Grid<2> = Grid { cells: [1, 2], name: String::from("two") };
    let k = g.clone();
    println!("{:?}", g);
    println!("{} {} {} {}", g.width(), h.width(), g.total(), k.total());
    println!("{} {}", std::mem::size_of::<Grid<4>>(), std::mem::size_of::<Grid<9>>());
    let _a = Loud { tag: ['a'] };
    let _b = Loud::<2> { tag: ['b', 'c'] };
    println!("{}", std::mem::size_of::<Loud<3>>());
}
