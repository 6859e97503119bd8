// Checks: Result::expect on Err prints "<msg>: <Debug of error>" with a custom Debug error type.
#[derive(Debug)]
enum ConfigError {
    Missing(&'static str),
    Invalid { key: String, line: u32 },
}

fn load(step: u32) -> Result<u32, ConfigError> {
    match step {
        0 => Ok(10),
        1 => Err(ConfigError::Missing("port")),
        _ => Err(ConfigError::Invalid { key: "host".to_string(), line: 7 }),
    }
}

fn main() {
    println!("{}", load(0).expect("step 0"));
    if let Err(e) = load(1) {
        println!("handled: {:?}", e);
    }
    let v = load(2).expect("failed to load config");
    println!("{}", v);
}
