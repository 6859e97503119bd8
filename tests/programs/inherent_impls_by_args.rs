// Inherent impls of one generic type for different arguments, each with a function of one name:
// the path's type arguments choose the impl.
struct Grid<T> {
    cells: Vec<T>,
}

impl Grid<u8> {
    fn new() -> Grid<u8> {
        Grid { cells: vec![1, 2] }
    }
    fn describe(&self) -> String {
        format!("bytes {:?}", self.cells)
    }
}

impl Grid<i64> {
    fn new() -> Grid<i64> {
        Grid { cells: vec![-7; 3] }
    }
    fn describe(&self) -> String {
        format!("longs {:?}", self.cells)
    }
}

fn main() {
    let a = Grid::<i64>::new();
    let b: Grid<u8> = Grid::<u8>::new();
    println!("{}", a.describe());
    println!("{}", b.describe());
    println!("{}", a.cells.len() + b.cells.len());
}
