// Checks: enums holding different payload types stored in a Vec and counted per variant.
#[derive(Debug)]
enum Cell {
    Int(i32),
    Float(f64),
    Text(String),
    Empty,
}

fn main() {
    let row = vec![
        Cell::Int(3),
        Cell::Text(String::from("blue")),
        Cell::Float(10.12),
        Cell::Empty,
        Cell::Int(-8),
    ];
    let mut ints = 0;
    let mut sum = 0.0;
    for c in &row {
        match c {
            Cell::Int(i) => {
                ints += 1;
                sum += *i as f64;
            }
            Cell::Float(f) => sum += f,
            Cell::Text(s) => println!("text cell: {}", s),
            Cell::Empty => println!("empty cell"),
        }
    }
    println!("ints={} sum={}", ints, sum);
    println!("{:?}", row);
}
