// Checks: fixed-size arrays: literals, [x; N] repeat syntax, indexing, len, iteration, mutation and equality.
fn main() {
    let a = [1, 2, 3, 4, 5];
    let months = ["January", "February", "March"];
    let zeros = [0u8; 6];
    let mut grid = [[0i32; 3]; 2];
    println!("{} {} {}", a[0], a[4], a.len());
    println!("{} {}", months[1], months.len());
    println!("{:?} {}", zeros, zeros.len());
    grid[1][2] = 7;
    grid[0][0] = -1;
    println!("{:?}", grid);
    let mut sum = 0;
    for x in a {
        sum += x;
    }
    println!("sum {}", sum);
    let mut b = a;
    b[2] = 30;
    println!("{:?} {:?} equal={}", a, b, a == b);
    for (i, m) in months.iter().enumerate() {
        println!("{}: {} ({} chars)", i, m, m.len());
    }
    let first_empty: [i32; 0] = [];
    println!("{} {:?}", first_empty.len(), first_empty);
    println!("{}", std::mem::size_of::<[u16; 5]>());
}
