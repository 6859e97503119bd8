// Checks: `use Enum::*` to bring variants into scope, and `Self::Variant` inside impl.
#[derive(Debug, PartialEq, Clone, Copy)]
enum Direction {
    North,
    East,
    South,
    West,
}

use Direction::*;

impl Direction {
    fn turn_right(self) -> Self {
        match self {
            North => East,
            East => South,
            South => West,
            West => North,
        }
    }
    fn opposite(self) -> Self {
        self.turn_right().turn_right()
    }
    fn is_vertical(self) -> bool {
        matches!(self, Self::North | Self::South)
    }
}

fn main() {
    let mut d = North;
    for _ in 0..5 {
        println!("{:?} opposite {:?} vertical {}", d, d.opposite(), d.is_vertical());
        d = d.turn_right();
    }
    println!("{}", d == East);
}
