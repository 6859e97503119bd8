// Rejects: a function of the parent module named without a path from a nested module (E0425):
// a module sees its own items and what it imports, not its parent's.
mod geometry {
    pub fn square(x: i32) -> i32 {
        x * x
    }

    pub mod solids {
        pub fn cube(x: i32) -> i32 {
            square(x) * x
        }
    }
}

fn main() {
    println!("{}", geometry::solids::cube(3));
}
