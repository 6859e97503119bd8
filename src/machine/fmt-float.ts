/**
 * `f32` and `f64` formatting and parsing exactly as Rust's std (1.95).
 *
 * Formatting ports core::num::flt2dec: the decoder, the Dragon4 shortest and exact digit generators
 * (std runs Grisu first, but Grisu only answers when it is sure to agree with Dragon), and the
 * `to_*_str` part builders, then `Formatter::pad_formatted_parts` for sign, width and fill.
 * Parsing rounds the exact decimal value to nearest-even with BigInt arithmetic, as core::num::dec2flt does.
 */
import type { ResolvedSpec } from './fmt.js';

export type FloatKind = 'f32' | 'f64';

interface Decoded {
  /** The value is `mant * 2^exp`; it rounds back from anything in `(mant - minus, mant + plus) * 2^exp`. */
  readonly mant: bigint;
  readonly minus: bigint;
  readonly plus: bigint;
  readonly exp: number;
  /** Whether the rounding interval includes its ends (the original mantissa was even). */
  readonly inclusive: boolean;
}

type FullDecoded = { readonly k: 'nan' } | { readonly k: 'inf' } | { readonly k: 'zero' } | { readonly k: 'finite'; readonly d: Decoded };

const view = new DataView(new ArrayBuffer(8));

/** flt2dec::decode, via RawFloat::integer_decode. */
function decode(value: number, kind: FloatKind): { negative: boolean; full: FullDecoded } {
  let negative: boolean;
  let biased: number;
  let fraction: bigint;
  let sigBits: number;
  let bias: number;
  let maxBiased: number;
  if (kind === 'f64') {
    view.setFloat64(0, value);
    const hi = view.getUint32(0);
    const lo = view.getUint32(4);
    negative = hi >>> 31 === 1;
    biased = (hi >>> 20) & 0x7ff;
    fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
    sigBits = 52;
    bias = 1023;
    maxBiased = 0x7ff;
  } else {
    view.setFloat32(0, value);
    const bits = view.getUint32(0);
    negative = bits >>> 31 === 1;
    biased = (bits >>> 23) & 0xff;
    fraction = BigInt(bits & 0x7fffff);
    sigBits = 23;
    bias = 127;
    maxBiased = 0xff;
  }
  if (biased === maxBiased) return { negative, full: fraction === 0n ? { k: 'inf' } : { k: 'nan' } };
  const mant = biased === 0 ? fraction << 1n : fraction | (1n << BigInt(sigBits));
  const exp = biased - (bias + sigBits);
  const inclusive = (mant & 1n) === 0n;
  if (biased === 0) {
    if (fraction === 0n) return { negative, full: { k: 'zero' } };
    return { negative, full: { k: 'finite', d: { mant, minus: 1n, plus: 1n, exp, inclusive } } };
  }
  if (fraction === 0n) {
    // Every normal power of two (std compares with the minimum normal's mantissa): the gap below is half the gap above.
    return { negative, full: { k: 'finite', d: { mant: mant << 2n, minus: 1n, plus: 2n, exp: exp - 2, inclusive } } };
  }
  return { negative, full: { k: 'finite', d: { mant: mant << 1n, minus: 1n, plus: 1n, exp: exp - 1, inclusive } } };
}

/** flt2dec::estimator::estimate_scaling_factor: `k_0` with `10^(k_0-1) < mant * 2^exp <= 10^(k_0+1)`. */
function estimateScalingFactor(mant: bigint, exp: number): number {
  const nbits = (mant - 1n).toString(2).length - (mant === 1n ? 1 : 0);
  return Math.floor(((nbits + exp) * 1292913986) / 4294967296);
}

const POW10_CACHE: bigint[] = [];
function pow10(n: number): bigint {
  if (n < 64) {
    let p = POW10_CACHE[n];
    if (p === undefined) POW10_CACHE[n] = p = 10n ** BigInt(n);
    return p;
  }
  return 10n ** BigInt(n);
}

/** flt2dec::round_up on an array of digit values: the carry digit when every digit was 9, else null. */
function roundUp(digits: number[]): number | null {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === 9) i--;
  if (i >= 0) {
    digits[i]!++;
    for (let j = i + 1; j < digits.length; j++) digits[j] = 0;
    return null;
  }
  if (digits.length === 0) return 1;
  digits[0] = 1;
  for (let j = 1; j < digits.length; j++) digits[j] = 0;
  return 0;
}

/** strategy::dragon::format_shortest: the shortest digits that round back, and `k` with value `0.d1d2... * 10^k`. */
function formatShortest(d: Decoded): { digits: number[]; k: number } {
  const below = d.inclusive ? (a: bigint, b: bigint) => a <= b : (a: bigint, b: bigint) => a < b;
  let k = estimateScalingFactor(d.mant + d.plus, d.exp);
  let mant = d.mant;
  let minus = d.minus;
  let plus = d.plus;
  let scale = 1n;
  if (d.exp < 0) {
    scale <<= BigInt(-d.exp);
  } else {
    const e = BigInt(d.exp);
    mant <<= e;
    minus <<= e;
    plus <<= e;
  }
  if (k >= 0) {
    scale *= pow10(k);
  } else {
    const p = pow10(-k);
    mant *= p;
    minus *= p;
    plus *= p;
  }
  if (below(scale, mant + plus)) {
    k += 1;
  } else {
    mant *= 10n;
    minus *= 10n;
    plus *= 10n;
  }
  const digits: number[] = [];
  let down: boolean;
  let up: boolean;
  for (;;) {
    const digit = mant / scale;
    mant -= digit * scale;
    digits.push(Number(digit));
    down = below(mant, minus);
    up = below(scale, mant + plus);
    if (down || up) break;
    mant *= 10n;
    minus *= 10n;
    plus *= 10n;
  }
  if (up && (!down || mant * 2n >= scale)) {
    const carry = roundUp(digits);
    if (carry !== null) {
      digits.push(carry);
      k += 1;
    }
  }
  return { digits, k };
}

/**
 * strategy::dragon::format_exact: at most `bufLen` correctly rounded (half to even) digits,
 * stopping at the digit worth `10^limit`.
 */
function formatExact(d: Decoded, bufLen: number, limit: number): { digits: number[]; k: number } {
  let k = estimateScalingFactor(d.mant, d.exp);
  let mant = d.mant;
  let scale = 1n;
  if (d.exp < 0) scale <<= BigInt(-d.exp);
  else mant <<= BigInt(d.exp);
  if (k >= 0) scale *= pow10(k);
  else mant *= pow10(-k);
  if (scale / (2n * pow10(bufLen)) + mant >= scale) k += 1;
  else mant *= 10n;
  let len = k < limit ? 0 : k - limit < bufLen ? k - limit : bufLen;
  const digits: number[] = [];
  for (let i = 0; i < len; i++) {
    if (mant === 0n) {
      while (digits.length < len) digits.push(0);
      return { digits, k };
    }
    const digit = mant / scale;
    mant = (mant - digit * scale) * 10n;
    digits.push(Number(digit));
  }
  const half = scale * 5n;
  if (mant > half || (mant === half && len > 0 && (digits[len - 1]! & 1) === 1)) {
    const carry = roundUp(digits);
    if (carry !== null) {
      k += 1;
      if (k > limit && len < bufLen) {
        digits.push(carry);
        len += 1;
      }
    }
  }
  return { digits, k };
}

const DIGIT_CHARS = '0123456789';
function digitString(digits: readonly number[], from = 0, to = digits.length): string {
  let s = '';
  for (let i = from; i < to; i++) s += DIGIT_CHARS[digits[i]!];
  return s;
}

/** `Part::Zero(n)` as `write_formatted_parts` writes it: runs of at most 64 zeros. */
export function zeros(n: number): string[] {
  const out: string[] = [];
  for (; n > 64; n -= 64) out.push('0'.repeat(64));
  if (n > 0) out.push('0'.repeat(n));
  return out;
}

/** flt2dec::digits_to_dec_str, as the parts std writes one by one (empty runs of zeros write nothing). */
function digitsToDecStr(buf: readonly number[], exp: number, fracDigits: number): string[] {
  const n = buf.length;
  if (exp <= 0) {
    const minusExp = -exp;
    const parts = ['0.', ...zeros(minusExp), digitString(buf)];
    if (fracDigits > n && fracDigits - n > minusExp) parts.push(...zeros(fracDigits - n - minusExp));
    return parts;
  }
  if (exp < n) {
    const parts = [digitString(buf, 0, exp), '.', digitString(buf, exp)];
    if (fracDigits > n - exp) parts.push(...zeros(fracDigits - (n - exp)));
    return parts;
  }
  const parts = [digitString(buf), ...zeros(exp - n)];
  if (fracDigits > 0) parts.push('.', ...zeros(fracDigits));
  return parts;
}

/** flt2dec::digits_to_exp_str, as parts. */
function digitsToExpStr(buf: readonly number[], exp: number, minDigits: number, upper: boolean): string[] {
  const parts = [DIGIT_CHARS[buf[0]!]!];
  if (buf.length > 1 || minDigits > 1) {
    parts.push('.', digitString(buf, 1));
    if (minDigits > buf.length) parts.push(...zeros(minDigits - buf.length));
  }
  const e = exp - 1;
  parts.push(e < 0 ? (upper ? 'E-' : 'e-') : upper ? 'E' : 'e', `${e < 0 ? -e : e}`);
  return parts;
}

/** flt2dec::estimate_max_buf_len. */
function estimateMaxBufLen(exp: number): number {
  return 21 + Math.floor((exp < 0 ? -12 * exp : 5 * exp) / 16);
}

/** The sign and the rest of a formatted float, before padding (numfmt::Formatted): the parts
 *  are what `write_formatted_parts` writes, one write each. */
export interface Formatted {
  readonly sign: string;
  readonly body: readonly string[];
}

function signOf(full: FullDecoded, negative: boolean, plus: boolean): string {
  if (full.k === 'nan') return '';
  return negative ? '-' : plus ? '+' : '';
}

function special(full: FullDecoded): string | null {
  return full.k === 'nan' ? 'NaN' : full.k === 'inf' ? 'inf' : null;
}

/** flt2dec::to_shortest_str. */
function toShortestStr(value: number, kind: FloatKind, plus: boolean, fracDigits: number): Formatted {
  const { negative, full } = decode(value, kind);
  const sign = signOf(full, negative, plus);
  const sp = special(full);
  if (sp !== null) return { sign, body: [sp] };
  if (full.k !== 'finite') return { sign, body: fracDigits > 0 ? ['0.', ...zeros(fracDigits)] : ['0'] };
  const { digits, k } = formatShortest(full.d);
  return { sign, body: digitsToDecStr(digits, k, fracDigits) };
}

/** flt2dec::to_shortest_exp_str with `dec_bounds` (0, 0): always exponential. */
function toShortestExpStr(value: number, kind: FloatKind, plus: boolean, upper: boolean): Formatted {
  const { negative, full } = decode(value, kind);
  const sign = signOf(full, negative, plus);
  const sp = special(full);
  if (sp !== null) return { sign, body: [sp] };
  if (full.k !== 'finite') return { sign, body: [upper ? '0E0' : '0e0'] };
  const { digits, k } = formatShortest(full.d);
  return { sign, body: digitsToExpStr(digits, k, 0, upper) };
}

/** flt2dec::to_exact_exp_str: `ndigits` significant digits in exponential form. */
function toExactExpStr(value: number, kind: FloatKind, plus: boolean, ndigits: number, upper: boolean): Formatted {
  const { negative, full } = decode(value, kind);
  const sign = signOf(full, negative, plus);
  const sp = special(full);
  if (sp !== null) return { sign, body: [sp] };
  if (full.k !== 'finite') {
    const e = upper ? 'E0' : 'e0';
    return { sign, body: ndigits > 1 ? ['0.', ...zeros(ndigits - 1), e] : [`0${e}`] };
  }
  const maxLen = estimateMaxBufLen(full.d.exp);
  const trunc = ndigits < maxLen ? ndigits : maxLen;
  const { digits, k } = formatExact(full.d, trunc, -32768);
  return { sign, body: digitsToExpStr(digits, k, ndigits, upper) };
}

/** flt2dec::to_exact_fixed_str: exactly `fracDigits` digits after the point. */
function toExactFixedStr(value: number, kind: FloatKind, plus: boolean, fracDigits: number): Formatted {
  const { negative, full } = decode(value, kind);
  const sign = signOf(full, negative, plus);
  const sp = special(full);
  if (sp !== null) return { sign, body: [sp] };
  const zero = fracDigits > 0 ? ['0.', ...zeros(fracDigits)] : ['0'];
  if (full.k !== 'finite') return { sign, body: zero };
  const maxLen = estimateMaxBufLen(full.d.exp);
  const limit = fracDigits < 0x8000 ? -fracDigits : -32768;
  const { digits, k } = formatExact(full.d, maxLen, limit);
  if (k <= limit) return { sign, body: zero };
  return { sign, body: digitsToDecStr(digits, k, fracDigits) };
}

/** `Formatter::pad_formatted_parts`: sign-aware zero padding, else fill and alignment (right by
 *  default); as the writes std makes (each fill char, the sign, each part). */
export function padFormatted(spec: ResolvedSpec, f: Formatted): string[] {
  let width = spec.width ?? 0;
  const sign = f.sign ? [f.sign] : [];
  if (width === 0) return [...sign, ...f.body];
  const out: string[] = [];
  let formattedSign = sign;
  let fill = spec.fill;
  let align = spec.align ?? '>';
  if (spec.zeroPad) {
    out.push(...sign);
    width = Math.max(0, width - f.sign.length);
    formattedSign = [];
    fill = '0';
    align = '>';
  }
  const len = formattedSign.join('').length + f.body.join('').length;
  if (width <= len) return [...out, ...formattedSign, ...f.body];
  const total = width - len;
  const left = align === '<' ? 0 : align === '>' ? total : Math.floor(total / 2);
  return [...out, ...fill.repeat(left), ...formattedSign, ...f.body, ...fill.repeat(total - left)];
}

const F32_1E_4 = Math.fround(1e-4);
const F32_1E16 = Math.fround(1e16);

/**
 * Formats an `f32` or `f64` for Display (`''`), Debug (`'?'`), LowerExp (`'e'`) or UpperExp (`'E'`)
 * with the whole spec. For `f32`, `value` must hold an exactly representable f32 value.
 */
export function formatFloat(value: number, kind: FloatKind, spec: ResolvedSpec): string {
  return formatFloatChunks(value, kind, spec).join('');
}

/** `formatFloat` as the writes std's formatter makes. */
export function formatFloatChunks(value: number, kind: FloatKind, spec: ResolvedSpec): string[] {
  const plus = spec.sign === '+';
  const precision = spec.precision;
  let f: Formatted;
  switch (spec.trait) {
    case 'e':
    case 'E': {
      const upper = spec.trait === 'E';
      f = precision !== null ? toExactExpStr(value, kind, plus, precision + 1, upper) : toShortestExpStr(value, kind, plus, upper);
      break;
    }
    case '?': {
      if (precision !== null) {
        f = toExactFixedStr(value, kind, plus, precision);
      } else {
        const abs = Math.abs(value);
        const exponential = (abs !== 0 && abs < (kind === 'f32' ? F32_1E_4 : 1e-4)) || abs >= (kind === 'f32' ? F32_1E16 : 1e16);
        f = exponential ? toShortestExpStr(value, kind, plus, false) : toShortestStr(value, kind, plus, 1);
      }
      break;
    }
    default:
      f = precision !== null ? toExactFixedStr(value, kind, plus, precision) : toShortestStr(value, kind, plus, 0);
  }
  return padFormatted(spec, f);
}

// ---------------------------------------------------------------------------------------------
// Parsing

const FORMATS: Readonly<Record<FloatKind, { readonly bits: number; readonly minExp: number; readonly maxExp: number }>> = {
  // A finite value is q * 2^e with q < 2^bits and minExp <= e; it overflows when q * 2^e >= 2^maxExp.
  f64: { bits: 53, minExp: -1074, maxExp: 1024 },
  f32: { bits: 24, minExp: -149, maxExp: 128 },
};

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** Rounds the positive rational `num / den` to the nearest `kind` value, ties to even. */
function roundRational(num: bigint, den: bigint, kind: FloatKind): number {
  const { bits, minExp, maxExp } = FORMATS[kind];
  // Pick e so that q = num / (den * 2^e) has `bits` bits (fewer for subnormals).
  let e = bitLength(num) - bitLength(den) - bits;
  const quotient = (shift: number): [bigint, bigint, bigint] => {
    let n = num;
    let d = den;
    if (shift < 0) n <<= BigInt(-shift);
    else d <<= BigInt(shift);
    return [n / d, n % d, d];
  };
  let [q, r, d] = quotient(e);
  if (q >= 1n << BigInt(bits)) {
    e += 1;
    [q, r, d] = quotient(e);
  } else if (q < 1n << BigInt(bits - 1)) {
    e -= 1;
    [q, r, d] = quotient(e);
  }
  if (e < minExp) {
    e = minExp;
    [q, r, d] = quotient(e);
  }
  const twice = r * 2n;
  if (twice > d || (twice === d && (q & 1n) === 1n)) {
    q += 1n;
    if (q === 1n << BigInt(bits)) {
      q >>= 1n;
      e += 1;
    }
  }
  if (bitLength(q) + e > maxExp) return Infinity;
  return Number(q) * pow2(e);
}

/** 2^e for -1074 <= e <= 1023, built from its bits so no `Math.pow` rounding is involved. */
function pow2(e: number): number {
  if (e >= -1022) {
    view.setUint32(0, (e + 1023) << 20);
    view.setUint32(4, 0);
  } else {
    const bit = e + 1074;
    view.setUint32(0, bit >= 32 ? 1 << (bit - 32) : 0);
    view.setUint32(4, bit < 32 ? (1 << bit) >>> 0 : 0);
  }
  return view.getFloat64(0);
}

/** 10^0 ..= 10^22, every one exact in f64. */
const EXACT_POW10: readonly number[] = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/** Rounds `mantissa * 10^exp10` (mantissa >= 0) to the nearest `kind` value. */
function decimalToFloat(mantissa: bigint, exp10: number, kind: FloatKind): number {
  if (mantissa === 0n) return 0;
  const digits = mantissa.toString().length;
  // Far outside the range: no need for enormous powers of ten.
  if (digits + exp10 < -400) return 0;
  if (digits + exp10 > 400) return Infinity;
  if (kind === 'f64' && mantissa < 2n ** 53n && exp10 >= -22 && exp10 <= 22) {
    // Clinger's fast path: both operands are exact, so one IEEE operation rounds correctly.
    const m = Number(mantissa);
    return exp10 >= 0 ? m * EXACT_POW10[exp10]! : m / EXACT_POW10[-exp10]!;
  }
  return exp10 >= 0 ? roundRational(mantissa * pow10(exp10), 1n, kind) : roundRational(mantissa, pow10(-exp10), kind);
}

/**
 * `str::parse::<f32>()` / `str::parse::<f64>()`: an optional sign, then `inf`, `infinity` or `nan`
 * (any case), or decimal digits with an optional point and an optional exponent. Null on error.
 */
export function parseFloatStr(text: string, kind: FloatKind): number | null {
  let s = text;
  if (s.length === 0) return null;
  const negative = s[0] === '-';
  if (s[0] === '-' || s[0] === '+') s = s.slice(1);
  if (s.length === 0) return null;
  const m = /^([0-9]*)(?:\.([0-9]*))?(?:[eE]([+-]?)([0-9]+))?$/.exec(s);
  if (m === null || (m[1]!.length === 0 && (m[2] ?? '').length === 0)) {
    const lower = s.toLowerCase();
    if (lower === 'inf' || lower === 'infinity') return negative ? -Infinity : Infinity;
    if (lower === 'nan') return NaN;
    return null;
  }
  const intPart = m[1]!;
  const fracPart = m[2] ?? '';
  // dec2flt stops accumulating the exponent once it reaches 0x10000.
  let expNumber = 0;
  for (const c of m[4] ?? '') {
    if (expNumber < 0x10000) expNumber = expNumber * 10 + (c.charCodeAt(0) - 48);
  }
  if (m[3] === '-') expNumber = -expNumber;
  const allDigits = (intPart + fracPart).replace(/^0+/, '');
  const mantissa = allDigits.length === 0 ? 0n : BigInt(allDigits);
  const magnitude = decimalToFloat(mantissa, expNumber - fracPart.length, kind);
  return negative ? -magnitude : magnitude;
}

/**
 * The value rustc gives a float literal such as `1_000.5e-3`, `2.`, `1e10f32` or `0.1_f64`
 * (underscores and an `f32`/`f64` suffix allowed): the decimal value rounded to nearest-even in `kind`.
 */
export function parseFloatLiteral(text: string, kind: FloatKind): number {
  const cleaned = text.replace(/_/g, '').replace(/f(32|64)$/, '');
  const value = parseFloatStr(cleaned, kind);
  if (value === null || cleaned.length === 0 || !/^[0-9]/.test(cleaned)) throw new Error(`invalid float literal: ${text}`);
  return value;
}
