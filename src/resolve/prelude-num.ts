import { INT_KINDS, intBits, intSigned } from '../syntax/primitives.js';

/**
 * Methods of the primitive number types, written as std writes them where that is plain Rust
 * (so overflow panics come out with std's debug-build messages), and through
 * `__intrinsic_float_op` for the floating-point functions the host computes exactly (IEEE
 * operations: sqrt, floor, ... are correctly rounded in both).
 */

const intMethods = (t: string): string => {
  const signed = intSigned(t as (typeof INT_KINDS)[number]);
  const bits = intBits(t as (typeof INT_KINDS)[number]);
  const signedOnly = signed
    ? `
    pub fn abs(self) -> ${t} { if self < 0 { -self } else { self } }
    pub fn signum(self) -> ${t} { if self < 0 { -1 } else if self == 0 { 0 } else { 1 } }
    pub fn is_negative(self) -> bool { self < 0 }
    pub fn is_positive(self) -> bool { self > 0 }
    pub fn unsigned_abs(self) -> ${t.replace('i', 'u')} { if self < 0 { (0 as ${t.replace('i', 'u')}).wrapping_sub(self as ${t.replace('i', 'u')}) } else { self as ${t.replace('i', 'u')} } }
    pub fn rem_euclid(self, rhs: ${t}) -> ${t} { let r = self % rhs; if r < 0 { if rhs < 0 { r - rhs } else { r + rhs } } else { r } }
    pub fn div_euclid(self, rhs: ${t}) -> ${t} { let q = self / rhs; if self % rhs < 0 { if rhs > 0 { q - 1 } else { q + 1 } } else { q } }`
    : `
    pub fn is_power_of_two(self) -> bool { self != 0 && (self & (self - 1)) == 0 }
    pub fn rem_euclid(self, rhs: ${t}) -> ${t} { self % rhs }
    pub fn div_euclid(self, rhs: ${t}) -> ${t} { self / rhs }`;
  return `impl ${t} {
    pub fn pow(self, mut exp: u32) -> ${t} {
        if exp == 0 {
            return 1;
        }
        let mut base = self;
        let mut acc: ${t} = 1;
        loop {
            if (exp & 1) == 1 {
                acc = acc * base;
                if exp == 1 {
                    return acc;
                }
            }
            exp /= 2;
            base = base * base;
        }
    }
    pub fn min(self, other: ${t}) -> ${t} { if other < self { other } else { self } }
    pub fn max(self, other: ${t}) -> ${t} { if other < self { self } else { other } }
    pub fn clamp(self, min: ${t}, max: ${t}) -> ${t} {
        assert!(min <= max, "assertion failed: min <= max");
        if self < min { min } else if self > max { max } else { self }
    }
    pub fn wrapping_add(self, rhs: ${t}) -> ${t} { __intrinsic_wrapping::<${t}>("add", self, rhs) }
    pub fn wrapping_sub(self, rhs: ${t}) -> ${t} { __intrinsic_wrapping::<${t}>("sub", self, rhs) }
    pub fn wrapping_mul(self, rhs: ${t}) -> ${t} { __intrinsic_wrapping::<${t}>("mul", self, rhs) }
    pub fn checked_add(self, rhs: ${t}) -> Option<${t}> { if __intrinsic_overflows::<${t}>("add", self, rhs) { None } else { Some(self.wrapping_add(rhs)) } }
    pub fn checked_sub(self, rhs: ${t}) -> Option<${t}> { if __intrinsic_overflows::<${t}>("sub", self, rhs) { None } else { Some(self.wrapping_sub(rhs)) } }
    pub fn checked_mul(self, rhs: ${t}) -> Option<${t}> { if __intrinsic_overflows::<${t}>("mul", self, rhs) { None } else { Some(self.wrapping_mul(rhs)) } }
    pub fn checked_div(self, rhs: ${t}) -> Option<${t}> { if rhs == 0 || __intrinsic_overflows::<${t}>("div", self, rhs) { None } else { Some(self / rhs) } }
    pub fn checked_rem(self, rhs: ${t}) -> Option<${t}> { if rhs == 0 || __intrinsic_overflows::<${t}>("div", self, rhs) { None } else { Some(self % rhs) } }
    pub fn overflowing_add(self, rhs: ${t}) -> (${t}, bool) { (self.wrapping_add(rhs), __intrinsic_overflows::<${t}>("add", self, rhs)) }
    pub fn overflowing_sub(self, rhs: ${t}) -> (${t}, bool) { (self.wrapping_sub(rhs), __intrinsic_overflows::<${t}>("sub", self, rhs)) }
    pub fn overflowing_mul(self, rhs: ${t}) -> (${t}, bool) { (self.wrapping_mul(rhs), __intrinsic_overflows::<${t}>("mul", self, rhs)) }
    pub fn saturating_add(self, rhs: ${t}) -> ${t} { if __intrinsic_overflows::<${t}>("add", self, rhs) { if ${signed ? 'rhs > 0' : 'true'} { ${t}::MAX } else { ${t}::MIN } } else { self + rhs } }
    pub fn saturating_sub(self, rhs: ${t}) -> ${t} { if __intrinsic_overflows::<${t}>("sub", self, rhs) { if ${signed ? 'rhs < 0' : 'false'} { ${t}::MAX } else { ${t}::MIN } } else { self - rhs } }
    pub fn saturating_mul(self, rhs: ${t}) -> ${t} { if __intrinsic_overflows::<${t}>("mul", self, rhs) { if ${signed ? '(self < 0) == (rhs < 0)' : 'true'} { ${t}::MAX } else { ${t}::MIN } } else { self * rhs } }
    pub fn count_ones(self) -> u32 { let mut n = 0; let mut x = self; let mut i = 0; while i < ${bits} { if x & 1 == 1 { n += 1; } x = x >> 1; i += 1; } n }
    pub fn leading_zeros(self) -> u32 { let mut n = 0; let mut i = ${bits}; while i > 0 { i -= 1; if (self >> i) & 1 == 1 { return n; } n += 1; } n }
    pub fn trailing_zeros(self) -> u32 { if self == 0 { return ${bits}; } let mut n = 0; let mut x = self; while x & 1 == 0 { x = x >> 1; n += 1; } n }${signedOnly}
}
`;
};

const INT_SOURCE = INT_KINDS.map(intMethods).join('\n');

const FLOAT_OPS = ['sqrt', 'floor', 'ceil', 'round', 'trunc', 'abs', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'exp', 'ln', 'log10', 'log2', 'cbrt', 'fract', 'signum', 'to_degrees', 'to_radians', 'exp2', 'sinh', 'cosh', 'tanh'];
const FLOAT_BINARY = ['powf', 'atan2', 'hypot', 'max', 'min', 'log', 'copysign'];

const floatMethods = (t: string): string => `impl ${t} {
${FLOAT_OPS.map((op) => `    pub fn ${op}(self) -> ${t} { __intrinsic_float_op::<${t}>("${op}", self, 0.0) }`).join('\n')}
${FLOAT_BINARY.map((op) => `    pub fn ${op}(self, other: ${t}) -> ${t} { __intrinsic_float_op::<${t}>("${op}", self, other) }`).join('\n')}
    pub fn powi(self, n: i32) -> ${t} { __intrinsic_float_op::<${t}>("powi", self, n as ${t}) }
    pub fn mul_add(self, a: ${t}, b: ${t}) -> ${t} { self * a + b }
    pub fn is_nan(self) -> bool { self != self }
    pub fn is_infinite(self) -> bool { self == ${t}::INFINITY || self == ${t}::NEG_INFINITY }
    pub fn is_finite(self) -> bool { !self.is_nan() && !self.is_infinite() }
    pub fn is_sign_negative(self) -> bool { __intrinsic_float_op::<${t}>("signbit", self, 0.0) == 1.0 }
    pub fn is_sign_positive(self) -> bool { !self.is_sign_negative() }
    /// IEEE 754 totalOrder: -NaN < -inf < .. < -0.0 < +0.0 < .. < inf < +NaN (NaN payloads aside).
    pub fn total_cmp(&self, other: &${t}) -> Ordering {
        let (a, b) = (*self, *other);
        let rank_a = if a.is_nan() { if a.is_sign_negative() { -1 } else { 1 } } else { 0 };
        let rank_b = if b.is_nan() { if b.is_sign_negative() { -1 } else { 1 } } else { 0 };
        if rank_a != rank_b { return rank_a.cmp(&rank_b); }
        if rank_a != 0 { return Ordering::Equal; }
        if a < b { Ordering::Less } else if a > b { Ordering::Greater } else { b.is_sign_negative().cmp(&a.is_sign_negative()) }
    }
    pub fn rem_euclid(self, rhs: ${t}) -> ${t} { let r = self % rhs; if r < 0.0 { r + rhs.abs() } else { r } }
    pub fn div_euclid(self, rhs: ${t}) -> ${t} {
        let q = (self / rhs).trunc();
        if self % rhs < 0.0 { return if rhs > 0.0 { q - 1.0 } else { q + 1.0 }; }
        q
    }
    pub fn clamp(self, min: ${t}, max: ${t}) -> ${t} {
        assert!(min <= max, "min > max, or either was NaN. min = {:?}, max = {:?}", min, max);
        let mut x = self;
        if x < min { x = min; }
        if x > max { x = max; }
        x
    }
}
`;

export const PRELUDE_NUM_SOURCE = `
fn __intrinsic_float_op<T>(op: &str, a: T, b: T) -> T { unreachable!() }
fn __intrinsic_wrapping<T>(op: &str, a: T, b: T) -> T { unreachable!() }
fn __intrinsic_overflows<T>(op: &str, a: T, b: T) -> bool { unreachable!() }

${INT_SOURCE}
${floatMethods('f64')}
${floatMethods('f32')}
`;
