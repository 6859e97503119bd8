trait Device {
    unsafe fn poke(&self, value: u8);
}

struct Port;

impl Device for Port {
    unsafe fn poke(&self, value: u8) {
        println!("poke {}", value);
    }
}

fn main() {
    Port.poke(1);
}
