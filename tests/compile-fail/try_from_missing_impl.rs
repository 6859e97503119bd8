use std::convert::TryFrom;

struct Even(u32);

impl TryFrom<u32> for Even {
    type Error = String;

    fn try_from(v: u32) -> Result<Self, Self::Error> {
        if v % 2 == 0 { Ok(Even(v)) } else { Err(format!("{} is odd", v)) }
    }
}

fn main() {
    let e = Even::try_from(-4i64);
    println!("{}", e.is_ok());
}
