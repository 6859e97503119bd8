// Checks: main returning Result<(), E> with an Err prints "Error: <Debug>" to stderr and exits with code 1.
#[derive(Debug)]
struct MyErr {
    code: i32,
    reason: String,
}

fn step(i: i32) -> Result<i32, MyErr> {
    if i == 3 {
        Err(MyErr { code: i * 10, reason: String::from("three is bad") })
    } else {
        Ok(i * i)
    }
}

fn main() -> Result<(), MyErr> {
    for i in 0..5 {
        let v = step(i)?;
        println!("step {} -> {}", i, v);
    }
    println!("done");
    Ok(())
}
