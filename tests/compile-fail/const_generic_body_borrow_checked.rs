// A generic function's body is borrow-checked once, for all its instances, even where it needs a
// const parameter's value to be built (`i % W`): assigning through `&self` is E0594 there too.
struct Grid<const W: usize> {
    cells: [u8; W],
}

impl<const W: usize> Grid<W> {
    fn set(&self, i: usize, v: u8) {
        self.cells[i % W] = v;
    }
}

fn main() {
    let g = Grid::<4> { cells: [0; 4] };
    g.set(5, 1);
    println!("{:?}", g.cells);
}
