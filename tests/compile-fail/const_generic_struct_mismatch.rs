// Rejects: a struct of one const length where another is expected (E0308).
struct Grid<const W: usize> {
    cells: [u8; W],
}

fn show(g: Grid<4>) -> usize {
    g.cells.len()
}

fn main() {
    let g = Grid { cells: [1, 2, 3] };
    println!("{}", show(g));
}
