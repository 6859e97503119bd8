// Checks: a Vec of Vecs drops each inner Vec in order, and each inner Vec its elements in order.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut grid: Vec<Vec<Noisy>> = Vec::new();
    for row in 0..3 {
        let mut line = Vec::new();
        for col in 0..2 {
            line.push(Noisy(row * 10 + col));
        }
        grid.push(line);
    }
    println!("grid has {} rows", grid.len());
    let last = grid.pop().unwrap();
    println!("popped a row of {}", last.len());
    drop(grid);
    println!("grid dropped");
}
