// The only definition of `helper` is configured out, so the call cannot find it.
#[cfg(windows)]
fn helper() -> u32 {
    1
}

fn main() {
    println!("{}", helper());
}
