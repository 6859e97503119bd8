// Checks: Ok and Err drop their own payloads; unwrapping moves the payload out and drops the rest.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn attempt(ok: bool) -> Result<Noisy, Noisy> {
    if ok { Ok(Noisy("success")) } else { Err(Noisy("failure")) }
}

fn main() {
    let good = attempt(true);
    let bad = attempt(false);
    println!("good is ok: {}, bad is err: {}", good.is_ok(), bad.is_err());
    let value = attempt(true).unwrap_or(Noisy("fallback"));
    println!("value {}", value.0);
    let other = attempt(false).unwrap_or(Noisy("fallback"));
    println!("other {}", other.0);
    println!("end of main");
}
