// Generator of the golden data read by tests/fmt.test.ts: what rustc-built code prints for floats,
// integers, chars and strs under many format specs, how `str::parse` and float literals round, and
// which chars `Debug` escapes.
//
// Regenerate (from the repository root) with:
//
//     rustc -O tests/fmt-golden/gen.rs -o /tmp/fmt-gen && /tmp/fmt-gen tests/fmt-golden
//
// The output is deterministic (a fixed-seed PRNG); the files were made with rustc 1.95.0.
// Each data line is a JSON array. Specs are written with width and precision filled in
// (`{:+010.3e}`), so the test can parse them without knowing about `w$`/`p$`.

#![allow(overflowing_literals)]

use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufWriter, Write};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9e3779b97f4a7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => write!(out, "\\u{:04x}", c as u32).unwrap(),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn line(out: &mut impl Write, fields: &[&str]) {
    let parts: Vec<String> = fields.iter().map(|f| json_str(f)).collect();
    writeln!(out, "[{}]", parts.join(",")).unwrap();
}

/// A template with its formatting function; `w$`/`p$` in the text are replaced by the numbers used.
type Tpl<T> = (&'static str, fn(T, usize, usize) -> String);

macro_rules! templates {
    ($T:ty; none: [$($n:literal),*] w: [$($w:literal),*] p: [$($p:literal),*] wp: [$($wp:literal),*]) => {{
        let mut v: Vec<Tpl<$T>> = Vec::new();
        $(v.push(($n, |x, _w, _p| format!($n, x)));)*
        $(v.push(($w, |x, w, _p| format!($w, x, w = w)));)*
        $(v.push(($p, |x, _w, p| format!($p, x, p = p)));)*
        $(v.push(($wp, |x, w, p| format!($wp, x, w = w, p = p)));)*
        v
    }};
}

fn spec_text(tpl: &str, w: usize, p: usize) -> String {
    tpl.replace("w$", &w.to_string()).replace("p$", &p.to_string())
}

macro_rules! float_templates {
    ($T:ty) => {
        templates!($T;
            none: ["{}", "{:?}", "{:e}", "{:E}", "{:+}", "{:+?}", "{:+e}", "{:+E}", "{:#?}", "{:#}", "{:-}", "{:x?}", "{:#e}"]
            w: ["{:w$}", "{:<w$}", "{:^w$}", "{:>w$}", "{:*^w$}", "{:é<w$?}", "{:0w$}", "{:+0w$}", "{:0w$?}", "{:+0w$e}",
                "{:<0w$}", "{:^0w$?}", "{:>+w$e}", "{:_^w$E}", "{:0w$e}", "{:+w$?}", "{:#0w$?}", "{:🦀>+w$}"]
            p: ["{:.p$}", "{:+.p$}", "{:.p$?}", "{:.p$e}", "{:.p$E}", "{:+.p$e}", "{:+.p$?}"]
            wp: ["{:w$.p$}", "{:0w$.p$}", "{:+0w$.p$e}", "{:_>w$.p$?}", "{:^w$.p$}", "{:<+w$.p$e}", "{:0w$.p$E}", "{:+0w$.p$}"]
        )
    };
}

fn float_values_f64(rng: &mut Rng) -> Vec<f64> {
    let mut v: Vec<f64> = vec![
        0.0, -0.0, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, -f64::NAN, f64::MIN_POSITIVE, -f64::MIN_POSITIVE,
        f64::from_bits(1), f64::from_bits(2), f64::from_bits(3), f64::from_bits(0x000f_ffff_ffff_ffff),
        f64::from_bits(0x0010_0000_0000_0001), f64::MAX, f64::MIN, f64::EPSILON, 1.0, -1.0, 0.1, 0.2, 0.3,
        0.1 + 0.2, 0.25, 0.35, 0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.125, 0.375, 1e15, 1e16, 1e16 - 2.0,
        9999999999999998.0, 1e17, 1e21, 1e22, 1e23, 1e-4, 1e-5, 1e-7, 123456.789, std::f64::consts::PI,
        std::f64::consts::E, 9007199254740992.0, 9007199254740993.0, 18446744073709551616.0, 5e-324,
        1.7976931348623157e308, 0.3333333333333333, 2.0 / 3.0, 100.0, 1234.5, 0.05, 0.15, 0.45, 9.5, 99.5,
        0.95, 0.995, 9.995, 1.005, 2.675, 1.45, 5e-5, 4.35, 0.000123, 1e300, 1e-300, 4.9406564584124654e-324,
    ];
    for &x in &[1e-4f64, 1e16] {
        v.push(f64::from_bits(x.to_bits() - 1));
        v.push(f64::from_bits(x.to_bits() + 1));
    }
    for e in (-1074..1024).step_by(9) {
        v.push(2f64.powi(e.max(-1022)) * if e < -1022 { 2f64.powi(e + 1022) } else { 1.0 });
    }
    for e in (-323..309).step_by(2) {
        v.push(format!("1e{e}").parse().unwrap());
        if e % 3 == 0 {
            v.push(format!("9.999e{e}").parse().unwrap());
        }
    }
    for _ in 0..400 {
        v.push(f64::from_bits(rng.next()));
    }
    for _ in 0..600 {
        // Random bits with a moderate exponent (2^-70 to 2^70), which print shorter.
        let b = rng.next();
        v.push(f64::from_bits((b & 0x800f_ffff_ffff_ffff) | ((rng.below(140) + 953) << 52)));
    }
    for _ in 0..300 {
        // Short decimals, the everyday kind.
        let m = rng.below(1_000_000) as f64;
        let d = 10f64.powi(rng.below(7) as i32);
        v.push(if rng.below(2) == 0 { m / d } else { -m / d });
    }
    for _ in 0..300 {
        // Dyadic values: exact ties at some precision.
        let m = rng.below(1 << 20) as f64;
        v.push(m / 2f64.powi(rng.below(12) as i32 + 1));
    }
    for _ in 0..200 {
        // Integers of every size.
        let bits = rng.below(64);
        v.push((rng.next() >> (63 - bits)) as f64);
    }
    v
}

fn float_values_f32(rng: &mut Rng) -> Vec<f32> {
    let mut v: Vec<f32> = vec![
        0.0, -0.0, f32::INFINITY, f32::NEG_INFINITY, f32::NAN, f32::MIN_POSITIVE, f32::from_bits(1),
        f32::from_bits(2), f32::from_bits(0x007f_ffff), f32::from_bits(0x0080_0001), f32::MAX, f32::MIN,
        f32::EPSILON, 1.0, -1.0, 0.1, 0.2, 0.3, 0.25, 0.35, 0.5, 1.5, 2.5, 1e-7, 1e-4, 1e-5, 1e16, 1e15, 1e17,
        16777216.0, 16777217.0, 3.4028235e38, 1.1754944e-38, 1e-45, 123456.79, std::f32::consts::PI, 0.05,
        0.15, 9.5, 0.95, 1.005, 2.675, 7.0e-45, 1.0e-10, 33554432.0, 1.0e10, 0.1 + 0.2,
    ];
    for &x in &[1e-4f32, 1e16] {
        v.push(f32::from_bits(x.to_bits() - 1));
        v.push(f32::from_bits(x.to_bits() + 1));
    }
    for e in -149..128 {
        v.push(2f64.powi(e) as f32);
    }
    for e in -45..39 {
        v.push(format!("1e{e}").parse().unwrap());
        v.push(format!("9.999e{e}").parse().unwrap());
    }
    for _ in 0..500 {
        v.push(f32::from_bits(rng.next() as u32));
    }
    for _ in 0..500 {
        let b = rng.next() as u32;
        v.push(f32::from_bits((b & 0x807f_ffff) | ((rng.below(100) as u32 + 77) << 23)));
    }
    for _ in 0..300 {
        let m = rng.below(100_000) as f32;
        let d = 10f32.powi(rng.below(6) as i32);
        v.push(m / d);
    }
    for _ in 0..200 {
        let m = rng.below(1 << 16) as f32;
        v.push(m / 2f32.powi(rng.below(10) as i32 + 1));
    }
    v
}

fn random_wp(rng: &mut Rng) -> (usize, usize) {
    let w = if rng.below(4) == 0 { rng.below(4) } else { rng.below(30) } as usize;
    let p = match rng.below(10) {
        0 => rng.below(80),
        1 => 0,
        _ => rng.below(20),
    } as usize;
    (w, p)
}

macro_rules! gen_floats {
    ($out:expr, $rng:expr, $T:ty, $kind:literal, $values:expr, $hex:expr) => {{
        let tpls = float_templates!($T);
        let values: Vec<$T> = $values;
        let fixed = ["{}", "{:?}", "{:e}"];
        for (i, &x) in values.iter().enumerate() {
            let bits = $hex(x);
            for t in tpls.iter().filter(|t| fixed.contains(&t.0)) {
                line($out, &[t.0, $kind, &bits, &(t.1)(x, 0, 0)]);
            }
            for _ in 0..3 {
                let t = $rng.pick(&tpls);
                let (w, p) = random_wp($rng);
                line($out, &[&spec_text(t.0, w, p), $kind, &bits, &(t.1)(x, w, p)]);
            }
            // A precision sweep on some values, and huge precisions on a few.
            let abs = (x as f64).abs();
            if i % 20 == 0 && !(abs > 1e30 || (abs < 1e-30 && abs != 0.0)) {
                for p in 0..=20 {
                    line($out, &[&format!("{{:.{p}}}"), $kind, &bits, &format!("{:.p$}", x)]);
                    line($out, &[&format!("{{:.{p}e}}"), $kind, &bits, &format!("{:.p$e}", x)]);
                }
            }
            if i % 151 == 0 {
                for p in [30, 60, 120, 400, 800, 1100] {
                    line($out, &[&format!("{{:.{p}}}"), $kind, &bits, &format!("{:.p$}", x)]);
                    line($out, &[&format!("{{:.{p}e}}"), $kind, &bits, &format!("{:.p$e}", x)]);
                }
            }
        }
    }};
}

fn gen_float_file(dir: &str) {
    let mut out = BufWriter::new(File::create(format!("{dir}/floats.txt")).unwrap());
    writeln!(out, "# [spec, kind, bits (hex), output]; made by gen.rs").unwrap();
    let mut rng = Rng(0x5eed_f10a);
    let v64 = float_values_f64(&mut rng);
    gen_floats!(&mut out, &mut rng, f64, "f64", v64, |x: f64| format!("{:016x}", x.to_bits()));
    let v32 = float_values_f32(&mut rng);
    gen_floats!(&mut out, &mut rng, f32, "f32", v32, |x: f32| format!("{:08x}", x.to_bits()));
    // Exact ties and near-ties at every precision: m / 2^k printed with just enough digits.
    for k in 1..=12 {
        for m in (1u64..200).step_by(13) {
            let x = m as f64 / (1u64 << k) as f64;
            let bits = format!("{:016x}", x.to_bits());
            for p in 0..=k as usize {
                line(&mut out, &[&format!("{{:.{p}}}"), "f64", &bits, &format!("{:.p$}", x)]);
                line(&mut out, &[&format!("{{:.{p}e}}"), "f64", &bits, &format!("{:.p$e}", x)]);
            }
        }
    }
}

macro_rules! int_templates {
    ($T:ty) => {
        templates!($T;
            none: ["{}", "{:?}", "{:x}", "{:X}", "{:o}", "{:b}", "{:e}", "{:E}", "{:#x}", "{:#X}", "{:#o}", "{:#b}",
                   "{:+}", "{:+x}", "{:x?}", "{:X?}", "{:#x?}", "{:#?}", "{:+e}", "{:-}", "{:#}"]
            w: ["{:w$}", "{:<w$}", "{:^w$}", "{:0w$}", "{:+0w$}", "{:#0w$x}", "{:<#w$b}", "{:^w$o}", "{:*>w$X}",
                "{:0w$e}", "{:+0w$E}", "{:<0w$}", "{:é^w$?}", "{:#0w$x?}", "{:0w$b}", "{:_<w$e}"]
            p: ["{:.p$}", "{:.p$e}", "{:.p$E}", "{:+.p$e}", "{:.p$x}"]
            wp: ["{:0w$.p$e}", "{:>w$.p$e}", "{:w$.p$}", "{:^+w$.p$E}"]
        )
    };
}

macro_rules! gen_ints {
    ($out:expr, $rng:expr, $($T:ident),*) => {$({
        let tpls = int_templates!($T);
        let mut values: Vec<$T> = vec![0, 1, $T::MAX, $T::MIN, $T::MAX - 1, $T::MIN / 2, 95 as $T, 15 as $T, 25 as $T, 125 as $T];
        let mut p: $T = 1;
        while let Some(q) = p.checked_mul(10) {
            values.push(p);
            values.push(p - 1);
            values.push(p + p / 2);
            values.push(p.wrapping_neg());
            p = q;
        }
        for _ in 0..80 {
            let bits = $rng.below($T::BITS as u64 + 1) as u32;
            let raw = (($rng.next() as u128) << 64) | $rng.next() as u128;
            values.push((if bits == 0 { 0 } else { raw >> (128 - bits) }) as $T);
        }
        for x in values {
            for t in tpls.iter().filter(|t| t.0 == "{}" || t.0 == "{:x}" || t.0 == "{:e}") {
                line($out, &[t.0, stringify!($T), &x.to_string(), &(t.1)(x, 0, 0)]);
            }
            for _ in 0..3 {
                let t = $rng.pick(&tpls);
                let (w, p) = (($rng.below(45)) as usize, ($rng.below(42)) as usize);
                line($out, &[&spec_text(t.0, w, p), stringify!($T), &x.to_string(), &(t.1)(x, w, p)]);
            }
        }
        // Every precision of `{:e}` on a few values, for the rounding.
        for x in [$T::MAX, $T::MIN, 95 as $T, 125 as $T, 99 as $T, 105 as $T, 115 as $T, 9 as $T] {
            for p in 0..=40 {
                line($out, &[&format!("{{:.{p}e}}"), stringify!($T), &x.to_string(), &format!("{:.p$e}", x)]);
            }
        }
    })*};
}

fn gen_int_file(dir: &str) {
    let mut out = BufWriter::new(File::create(format!("{dir}/ints.txt")).unwrap());
    writeln!(out, "# [spec, type, value, output]; made by gen.rs").unwrap();
    let mut rng = Rng(0x1_2345);
    gen_ints!(&mut out, &mut rng, i8, u8, i16, u16, i32, u32, i64, u64, i128, u128, isize, usize);
}

const CHAR_POOL: &[char] = &[
    'a', 'Z', '0', ' ', '~', '\'', '"', '\\', '\0', '\t', '\n', '\r', '\u{1}', '\u{1b}', '\u{7f}', '\u{80}',
    '\u{9f}', '\u{a0}', '\u{ad}', 'é', 'ß', 'Ω', '\u{300}', '\u{301}', '\u{36f}', '\u{483}', '\u{200b}',
    '\u{200d}', '\u{200e}', '\u{2028}', '\u{2029}', '\u{feff}', '\u{fffd}', '\u{ffff}', '\u{e000}', '\u{f8ff}',
    '\u{378}', '\u{fe0f}', '😀', '🦀', '👍', '\u{1f3fb}', '\u{e0001}', '\u{e0020}', '\u{e0100}', '\u{10ffff}',
    '\u{f0000}', '\u{20000}', '\u{2a6e0}', '\u{1d165}', '中', 'ア', '\u{94f}', '\u{3099}', '\u{1160}',
];

fn random_char(rng: &mut Rng) -> char {
    if rng.below(3) == 0 {
        loop {
            let cp = match rng.below(3) {
                0 => rng.below(0x800),
                1 => rng.below(0x10000),
                _ => rng.below(0x110000),
            } as u32;
            if let Some(c) = char::from_u32(cp) {
                return c;
            }
        }
    }
    *rng.pick(CHAR_POOL)
}

fn gen_str_file(dir: &str) {
    let mut out = BufWriter::new(File::create(format!("{dir}/strs.txt")).unwrap());
    writeln!(out, "# [spec, char|str, input, output]; made by gen.rs").unwrap();
    let mut rng = Rng(0xc4a2);
    let ctpls = templates!(char;
        none: ["{}", "{:?}", "{:#?}", "{:+}"]
        w: ["{:w$}", "{:>w$}", "{:^w$}", "{:*^w$}", "{:w$?}", "{:0w$}", "{:é>w$}"]
        p: ["{:.p$}", "{:.p$?}"]
        wp: ["{:w$.p$}", "{:-^w$.p$}"]
    );
    let stpls = templates!(String;
        none: ["{}", "{:?}", "{:#?}", "{:+}"]
        w: ["{:w$}", "{:>w$}", "{:^w$}", "{:*^w$}", "{:w$?}", "{:0w$}", "{:é>w$}", "{:🦀<w$}"]
        p: ["{:.p$}", "{:.p$?}"]
        wp: ["{:w$.p$}", "{:-^w$.p$}", "{:<w$.p$}", "{:>0w$.p$}"]
    );
    let mut chars: Vec<char> = CHAR_POOL.to_vec();
    for _ in 0..1500 {
        chars.push(random_char(&mut rng));
    }
    for &c in &chars {
        let input = c.to_string();
        line(&mut out, &["{:?}", "char", &input, &format!("{:?}", c)]);
        for _ in 0..2 {
            let t = rng.pick(&ctpls);
            let (w, p) = (rng.below(8) as usize, rng.below(3) as usize);
            line(&mut out, &[&spec_text(t.0, w, p), "char", &input, &(t.1)(c, w, p)]);
        }
    }
    for i in 0..3000 {
        let len = if i < 50 { i % 3 } else { rng.below(10) as usize };
        let s: String = (0..len).map(|_| random_char(&mut rng)).collect();
        line(&mut out, &["{:?}", "str", &s, &format!("{:?}", s)]);
        for _ in 0..2 {
            let t = rng.pick(&stpls);
            let (w, p) = (rng.below(14) as usize, rng.below(12) as usize);
            line(&mut out, &[&spec_text(t.0, w, p), "str", &s, &(t.1)(s.clone(), w, p)]);
        }
    }
}

/// Runs of code points by how `Debug` shows them: bit 0 set when `str` Debug escapes the char
/// after another char (it is not printable), bit 1 set when `char` Debug escapes it (not printable
/// or grapheme-extending). Lines are `start-in-hex class`; surrogates are skipped.
fn gen_unicode_file(dir: &str) {
    let mut out = BufWriter::new(File::create(format!("{dir}/unicode.txt")).unwrap());
    writeln!(out, "# start (hex) and class of each run of code points; bit 0: str Debug escapes it as \\u{{..}} mid-string; bit 1: char Debug does; made by gen.rs").unwrap();
    let mut last = u8::MAX;
    for cp in 0..0x110000u32 {
        let Some(c) = char::from_u32(cp) else { continue };
        let mid = format!("a{c}").escape_debug().to_string();
        let alone = c.escape_debug().to_string();
        let class = u8::from(mid.starts_with("a\\u{")) | (u8::from(alone.starts_with("\\u{")) << 1);
        if class != last {
            writeln!(out, "{cp:x} {class}").unwrap();
            last = class;
        }
    }
}

fn parse_field<T: std::str::FromStr>(s: &str, hex: fn(T) -> String) -> String {
    match s.parse::<T>() {
        Ok(x) => hex(x),
        Err(_) => "err".to_string(),
    }
}

/// The exact decimal `odd * 2^exp2` as `DIGITSeEXP`.
fn exact_decimal(odd: u64, exp2: i32) -> String {
    // Little-endian base-10 digits.
    let mut digits: Vec<u8> = odd.to_string().bytes().rev().map(|b| b - b'0').collect();
    let mul = |digits: &mut Vec<u8>, k: u8| {
        let mut carry = 0u8;
        for d in digits.iter_mut() {
            let v = *d * k + carry;
            *d = v % 10;
            carry = v / 10;
        }
        if carry > 0 {
            digits.push(carry);
        }
    };
    let exp10 = if exp2 >= 0 {
        for _ in 0..exp2 {
            mul(&mut digits, 2);
        }
        0
    } else {
        for _ in 0..-exp2 {
            mul(&mut digits, 5);
        }
        exp2
    };
    let text: String = digits.iter().rev().map(|d| (b'0' + d) as char).collect();
    format!("{text}e{exp10}")
}

/// The midpoint above the float `mant * 2^exp`: exactly, a hair above and a hair below.
fn push_midpoints(inputs: &mut Vec<String>, mant: u64, exp: i32) {
    let mid = exact_decimal(2 * mant + 1, exp - 1);
    let (digits, e) = mid.split_once('e').unwrap();
    let e: i32 = e.parse().unwrap();
    inputs.push(mid.clone());
    inputs.push(format!("{digits}00000000000000000001e{}", e - 20));
    // Midpoints below 2^-1 end in 5 (odd times a power of five); otherwise end in an even digit.
    let last = digits.as_bytes()[digits.len() - 1] - b'0';
    if last > 0 {
        inputs.push(format!("{}{}99999999999999999999e{}", &digits[..digits.len() - 1], last - 1, e - 20));
    }
}

fn gen_parse_file(dir: &str) {
    let mut out = BufWriter::new(File::create(format!("{dir}/parse.txt")).unwrap());
    writeln!(out, "# [input, f64 bits or err, f32 bits or err]; str::parse; made by gen.rs").unwrap();
    let mut rng = Rng(0x9a55e);
    let mut inputs: Vec<String> = [
        "", " 1", "1 ", "+", "-", ".", "e5", "1e", "1e+", "1e-", "inf", "-inf", "+infinity", "Infinity", "INF",
        "NaN", "nan", "-nan", "+NaN", "infin", "infinit", "0x10", "1_000", "1.5E-3", "..5", "1..", "5.", ".5",
        "+.5", "-.e1", "-.5e1", "1e3", "+1.5", "0", "-0", "+0", "0.0", "-0.0", "00000.00000", "1e400", "-1e400",
        "1e-400", "2e-324", "3e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9e-324",
        "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "3.4028235e38",
        "3.4028236e38", "3.40282357e38", "1e39", "1.4e-45", "7e-46", "7.1e-46", "1e99999999999", "1e-99999999999",
        "0e99999999", "123456789012345678901234567890", "0.1", "0.2", "0.3", "1.00000005960464477539062500001",
        "1.000000059604644775390625", "1.00000005960464477539062499999", "9007199254740993",
        "9007199254740993.0000000000000000001", "1.0000000000000001110223024625156540423631668090820312500001",
        "1 000", "1,5", "１", "1e1.5", "e", "E", "-e", "1E5", "1e+5", "1e-5", "1e05", "infinityx", "nan(1)",
        "0.000000000000000000000000000000000000000000001", "00000000000000000000000000000000000001e-37",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for i in 0..300 {
        // Shortest forms of random floats, and the exact midpoints between neighbours: exactly,
        // a hair above and a hair below (the hard cases for rounding, and for f32 double rounding).
        let b = rng.next();
        let x = f64::from_bits(if i % 4 == 0 { b & 0x7fef_ffff_ffff_ffff } else { (b & 0x000f_ffff_ffff_ffff) | ((rng.below(200) + 923) << 52) });
        inputs.push(format!("{:e}", x));
        let bits = x.to_bits();
        let (mant, exp) = if bits >> 52 == 0 { (bits << 1, -1075) } else { ((bits & ((1 << 52) - 1)) | (1 << 52), (bits >> 52) as i32 - 1075) };
        push_midpoints(&mut inputs, mant, exp);
        let f = f32::from_bits(rng.next() as u32 & 0x7f7f_ffff);
        inputs.push(format!("{:e}", f));
        let bits = f.to_bits() as u64;
        let (mant, exp) = if bits >> 23 == 0 { (bits << 1, -150) } else { ((bits & ((1 << 23) - 1)) | (1 << 23), (bits >> 23) as i32 - 150) };
        push_midpoints(&mut inputs, mant, exp);
    }
    for _ in 0..800 {
        // Random decimal strings of all shapes.
        let mut s = String::new();
        match rng.below(3) {
            0 => s.push('-'),
            1 => s.push('+'),
            _ => {}
        }
        for _ in 0..rng.below(25) {
            s.push((b'0' + rng.below(10) as u8) as char);
        }
        if rng.below(2) == 0 {
            s.push('.');
            for _ in 0..rng.below(25) {
                s.push((b'0' + rng.below(10) as u8) as char);
            }
        }
        if rng.below(2) == 0 {
            s.push(if rng.below(2) == 0 { 'e' } else { 'E' });
            match rng.below(3) {
                0 => s.push('-'),
                1 => s.push('+'),
                _ => {}
            }
            s.push_str(&rng.below(400).to_string());
        }
        inputs.push(s);
    }
    for s in inputs {
        line(&mut out, &[&s, &parse_field::<f64>(&s, |x| format!("{:016x}", x.to_bits())), &parse_field::<f32>(&s, |x| format!("{:08x}", x.to_bits()))]);
    }
}

macro_rules! literals {
    ($out:expr; $($l:literal),* $(,)?) => {$({
        let a: f64 = $l;
        let b: f32 = $l;
        line($out, &[stringify!($l), &format!("{:016x}", a.to_bits()), &format!("{:08x}", b.to_bits())]);
    })*};
}

fn gen_literal_file(dir: &str) {
    let mut out = BufWriter::new(File::create(format!("{dir}/literals.txt")).unwrap());
    writeln!(out, "# [literal, f64 bits, f32 bits]; the value rustc gives the literal; made by gen.rs").unwrap();
    literals!(&mut out;
        0.0, 1.0, 2., 0.1, 0.2, 0.3, 1e10, 1E10, 1e-10, 1_000.5e-3, 1_0.0_1, 3.14159265358979323846264338327950288,
        1.00000005960464477539062500001, 1.000000059604644775390625, 1.00000005960464477539062499999,
        1.0000000596046448, 16777217.0, 16777217.000000001, 3.4028235e38, 3.4028235677973366e38, 1e-45, 7e-46,
        1.401298464324817e-45, 2.2250738585072014e-308, 4.9e-324, 2e-324, 1.7976931348623157e308, 0.000_001,
        123456789012345678901234567890.0, 9007199254740993.0, 0.1e1, 1e0, 5e-1, 8.5e37, 1.1754942e-38,
        1.1754943e-38, 1.17549435e-38, 5.877471754111438e-39, 2.350988701644575e-38,
    );
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: gen <output dir>");
    gen_float_file(&dir);
    gen_int_file(&dir);
    gen_str_file(&dir);
    gen_unicode_file(&dir);
    gen_parse_file(&dir);
    gen_literal_file(&dir);
}
