// Rejects: an `unsafe` inherent impl (E0197) in a crate without `main` (E0601).
struct Cell(u32);

unsafe impl Cell {
    fn get(&self) -> u32 {
        self.0
    }
}

fn mian() {
    println!("{}", Cell(3).get());
}
