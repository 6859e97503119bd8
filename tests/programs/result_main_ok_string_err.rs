// Checks: main returning Result<(), String> with Err prints the Debug form (quoted) of the String and exits 1.
fn check(v: &[i32]) -> Result<i32, String> {
    let mut total = 0;
    for &x in v {
        if x < 0 {
            return Err(format!("negative value {} at total {}", x, total));
        }
        total += x;
    }
    Ok(total)
}

fn main() -> Result<(), String> {
    let a = check(&[1, 2, 3])?;
    println!("a = {}", a);
    let b = check(&[4, -5, 6])?;
    println!("b = {}", b);
    Ok(())
}
