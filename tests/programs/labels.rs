// Checks: labelled break and continue across nested loops, break with value from labelled loop.
fn main() {
    'outer: for i in 0..5 {
        for j in 0..5 {
            if j > i {
                continue 'outer;
            }
            if i == 4 {
                break 'outer;
            }
            print!("({},{}) ", i, j);
        }
    }
    println!();

    let mut a = 0;
    let found = 'search: loop {
        a += 1;
        let mut b = 1;
        while b <= a {
            if a * b == 42 {
                break 'search a * 100 + b;
            }
            b += 1;
        }
    };
    println!("found = {}", found);

    let mut total = 0;
    'rows: for r in 1..=4 {
        let mut c = 0;
        'cols: loop {
            c += 1;
            if c > 4 {
                break 'cols;
            }
            if c == r {
                continue 'rows;
            }
            total += r * c;
        }
    }
    println!("total = {}", total);
}
