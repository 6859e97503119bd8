// Prints `INPUT_BITS[ INPUT2_BITS] OUTPUT_BITS` (hex) for one std float function over many
// deterministic arguments, so scripts/libm/check.mjs can compare stackheap's ports bit for bit
// with the glibc libm the rustc-built binary calls. Usage: libm-bits FUNCTION f64|f32 COUNT SEED
use std::io::{BufWriter, Write};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// A double drawn from one of several shapes: any bits, log-uniform moderate magnitudes,
    /// near 1, near multiples of pi/4, small integers and halves, subnormals, specials.
    fn f64_arg(&mut self) -> f64 {
        let shape = self.next() % 10;
        let sign = if self.next() & 1 == 1 { -1.0 } else { 1.0 };
        match shape {
            0 => f64::from_bits(self.next()),
            1 | 2 | 3 => {
                let e = (self.next() % 48) as i32 - 36;
                sign * (1.0 + self.unit()) * 2f64.powi(e)
            }
            4 => sign * self.unit() * 40.0,
            5 => 1.0 + (self.unit() - 0.5) * 2f64.powi(-((self.next() % 40) as i32)),
            6 => {
                let k = (self.next() % 4000) as f64 - 2000.0;
                k * std::f64::consts::FRAC_PI_4 * (1.0 + (self.unit() - 0.5) * 1e-12)
            }
            7 => sign * ((self.next() % 64) as f64) * 0.5,
            8 => sign * f64::from_bits(self.next() >> 12),
            _ => {
                let e = (self.next() % 2046) as i32 - 1022;
                sign * (1.0 + self.unit()) * 2f64.powi(e / 2) * 2f64.powi(e - e / 2)
            }
        }
    }
    fn f32_arg(&mut self) -> f32 {
        match self.next() % 4 {
            0 => f32::from_bits(self.next() as u32),
            _ => self.f64_arg() as f32,
        }
    }
}

fn unary64(name: &str) -> fn(f64) -> f64 {
    match name {
        "exp" => f64::exp, "exp2" => f64::exp2, "ln" => f64::ln, "log2" => f64::log2,
        "log10" => f64::log10, "sin" => f64::sin, "cos" => f64::cos, "tan" => f64::tan,
        "asin" => f64::asin, "acos" => f64::acos, "atan" => f64::atan, "cbrt" => f64::cbrt,
        "sinh" => f64::sinh, "cosh" => f64::cosh, "tanh" => f64::tanh, "sqrt" => f64::sqrt,
        "exp_m1" => f64::exp_m1, "ln_1p" => f64::ln_1p,
        _ => panic!("unknown f64 function {name}"),
    }
}
fn binary64(name: &str) -> Option<fn(f64, f64) -> f64> {
    Some(match name { "powf" => f64::powf, "atan2" => f64::atan2, "hypot" => f64::hypot, _ => return None })
}
fn unary32(name: &str) -> fn(f32) -> f32 {
    match name {
        "exp" => f32::exp, "exp2" => f32::exp2, "ln" => f32::ln, "log2" => f32::log2,
        "log10" => f32::log10, "sin" => f32::sin, "cos" => f32::cos, "tan" => f32::tan,
        "asin" => f32::asin, "acos" => f32::acos, "atan" => f32::atan, "cbrt" => f32::cbrt,
        "sinh" => f32::sinh, "cosh" => f32::cosh, "tanh" => f32::tanh, "sqrt" => f32::sqrt,
        "exp_m1" => f32::exp_m1, "ln_1p" => f32::ln_1p,
        _ => panic!("unknown f32 function {name}"),
    }
}
fn binary32(name: &str) -> Option<fn(f32, f32) -> f32> {
    Some(match name { "powf" => f32::powf, "atan2" => f32::atan2, "hypot" => f32::hypot, _ => return None })
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let name = &args[1];
    let count: usize = args[3].parse().unwrap();
    let mut rng = Rng(args[4].parse::<u64>().unwrap() | 1);
    let out = std::io::stdout();
    let mut out = BufWriter::new(out.lock());
    if args[2] == "f64" {
        if let Some(f) = binary64(name) {
            for _ in 0..count {
                let (x, y) = (rng.f64_arg(), rng.f64_arg());
                // Also powers with integer and half-integer exponents, and bases near 1.
                let y = if rng.next() % 4 == 0 { ((rng.next() % 200) as f64 - 100.0) * 0.5 } else { y };
                writeln!(out, "{:x} {:x} {:x}", x.to_bits(), y.to_bits(), f(x, y).to_bits()).unwrap();
            }
        } else {
            let f = unary64(name);
            for _ in 0..count {
                let x = rng.f64_arg();
                writeln!(out, "{:x} {:x}", x.to_bits(), f(x).to_bits()).unwrap();
            }
        }
    } else if let Some(f) = binary32(name) {
        for _ in 0..count {
            let (x, y) = (rng.f32_arg(), rng.f32_arg());
            let y = if rng.next() % 4 == 0 { ((rng.next() % 200) as f32 - 100.0) * 0.5 } else { y };
            writeln!(out, "{:x} {:x} {:x}", x.to_bits(), y.to_bits(), f(x, y).to_bits()).unwrap();
        }
    } else {
        let f = unary32(name);
        for _ in 0..count {
            let x = rng.f32_arg();
            writeln!(out, "{:x} {:x}", x.to_bits(), f(x).to_bits()).unwrap();
        }
    }
}
