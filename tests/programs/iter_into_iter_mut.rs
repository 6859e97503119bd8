// Checks: iter() vs iter_mut() vs into_iter() on Vecs and arrays, and for loops over &v, &mut v, v.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in &v {
        print!("{} ", x);
    }
    println!();
    for x in &mut v {
        *x *= 10;
    }
    println!("{:?}", v);
    for x in v.iter_mut().rev() {
        *x += 1;
    }
    println!("{:?}", v);
    let names = vec![String::from("a"), String::from("b")];
    let upper: Vec<String> = names.iter().map(|s| s.to_uppercase()).collect();
    println!("{:?} {:?}", names, upper);
    let lens: Vec<usize> = names.into_iter().map(|s| s.len()).collect();
    println!("{:?}", lens);
    let arr = [String::from("x"), String::from("y")];
    for s in arr {
        print!("{}! ", s);
    }
    println!();
    let mut grid = vec![vec![0; 3]; 2];
    for (r, row) in grid.iter_mut().enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            *cell = r * 10 + c;
        }
    }
    println!("{:?}", grid);
}
