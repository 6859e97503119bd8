// Checks: out-of-bounds on the inner Vec of a Vec<Vec<i32>> panics with the inner length in the message.
fn main() {
    let grid = vec![vec![1, 2, 3], vec![4, 5], vec![6]];
    for r in 0..grid.len() {
        for c in 0..3 {
            println!("grid[{}][{}] = {}", r, c, grid[r][c]);
        }
    }
}
