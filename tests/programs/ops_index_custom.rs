// Checks: implementing Index and IndexMut for a user type, and a custom Index panic message.
use std::ops::{Index, IndexMut};

struct Grid {
    w: usize,
    cells: Vec<i32>,
}

impl Index<(usize, usize)> for Grid {
    type Output = i32;
    fn index(&self, (r, c): (usize, usize)) -> &i32 {
        &self.cells[r * self.w + c]
    }
}

impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i32 {
        &mut self.cells[r * self.w + c]
    }
}

struct Week;
impl Index<usize> for Week {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        match i {
            0 => "Mon",
            1 => "Tue",
            2 => "Wed",
            _ => panic!("no day {}", i),
        }
    }
}

fn main() {
    let mut g = Grid { w: 3, cells: vec![0; 6] };
    g[(0, 1)] = 5;
    g[(1, 2)] += 9;
    g[(1, 0)] = g[(0, 1)] * 2;
    println!("{:?}", g.cells);
    println!("{} {}", g[(1, 2)], g[(0, 0)]);
    let w = Week;
    for i in 0..4 {
        println!("{}", &w[i]);
    }
}
