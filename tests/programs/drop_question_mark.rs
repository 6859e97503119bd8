// Checks: `?` returning an error drops the function's live locals, and the error value is moved to the caller.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn step(ok: bool, name: &'static str) -> Result<Noisy, Noisy> {
    if ok { Ok(Noisy(name)) } else { Err(Noisy("error")) }
}

fn pipeline(fail_at: u32) -> Result<u32, Noisy> {
    let _guard = Noisy("guard");
    let first = step(fail_at != 1, "first")?;
    println!("have {}", first.0);
    let second = step(fail_at != 2, "second")?;
    println!("have {}", second.0);
    Ok(2)
}

fn main() {
    for fail_at in 0..3 {
        match pipeline(fail_at) {
            Ok(n) => println!("ok {}", n),
            Err(e) => println!("err {}", e.0),
        }
        println!("---");
    }
}
