/**
 * glibc 2.36's `log`, `log2` (sysdeps/ieee754/dbl-64/e_log.c, e_log2.c: their x86_64 FMA
 * variants, each `fma` one GCC contracts there) and `log10` (e_log10.c, built for baseline
 * x86_64 so unfused, on top of `log`).
 */
import { fma } from '../fma.js';
import { fromWords, highWord, lowWord } from './bits.js';
import { INV_LN2_HI, INV_LN2_LO, LN2_HI, LN2_LO, LOG2_POLY, LOG2_POLY1, LOG2_TABLE, LOG_POLY, LOG_POLY1, LOG_TABLE } from './log-data.js';

/** The high word of log's and log2's OFF, 0x3fe6000000000000: their tables cover [OFF, 2 OFF). */
const OFF_HIGH = 0x3fe60000;

/**
 * Positive normal `x` (or a subnormal's bits normalized, exponent out of range) as
 * `2^k * z` with z in [OFF, 2 OFF) (`offHigh` is OFF's high word, its low word 0): its table
 * index (`indexShift` picks the bits) and k.
 */
export interface Reduced {
  index: number;
  k: number;
  z: number;
}

export function reduce(high: number, low: number, offHigh: number, indexShift: number, indexMask: number, out: Reduced): void {
  const tmpHigh = ((high | 0) - offHigh) | 0;
  out.index = (tmpHigh >>> indexShift) & indexMask;
  out.k = tmpHigh >> 20;
  out.z = fromWords(high - (tmpHigh & 0xfff00000), low);
}

const reduced: Reduced = { index: 0, k: 0, z: 0 };

/** The answer for zero, negative, infinite and NaN arguments; `undefined` for positive finite ones. */
function special(x: number): number | undefined {
  if (x > 0 && x < Infinity) return undefined;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  return NaN;
}

/** Reduces positive finite `x` (a subnormal scaled by 2^52 first, its exponent taken back in the bits). */
function reduceArgument(x: number, indexShift: number, indexMask: number): void {
  if (x < 2 ** -1022) {
    const scaled = x * 2 ** 52;
    reduce(highWord(scaled) - (52 << 20), lowWord(scaled), OFF_HIGH, indexShift, indexMask, reduced);
  } else {
    reduce(highWord(x), lowWord(x), OFF_HIGH, indexShift, indexMask, reduced);
  }
}

const LOG_NEAR_ONE_LOW = 1.0 - 2 ** -4;
const LOG_NEAR_ONE_HIGH = 1.0 + 0x109 * 2 ** -12;

export function ln(x: number): number {
  if (x >= LOG_NEAR_ONE_LOW && x < LOG_NEAR_ONE_HIGH) {
    if (x === 1) return 0;
    const B = LOG_POLY1;
    const r = x - 1.0;
    const r2 = r * r;
    const r3 = r * r2;
    const inner = fma(fma(B[10]!, r3, fma(B[9]!, r2, fma(B[8]!, r, B[7]!))), r3, fma(B[6]!, r2, fma(B[5]!, r, B[4]!)));
    const poly = fma(inner, r3, fma(B[3]!, r2, fma(B[2]!, r, B[1]!)));
    const w = fma(r, 2 ** 27, r);
    const rHigh = w - r * 2 ** 27;
    const rLow = r - rHigh;
    const rHigh2 = rHigh * rHigh;
    const hi = fma(rHigh2, B[0]!, r);
    let lo = fma(rHigh2, B[0]!, r - hi);
    lo = fma(B[0]! * rLow, r + rHigh, lo);
    return hi + fma(poly, r3, lo);
  }
  const answer = special(x);
  if (answer !== undefined) return answer;
  reduceArgument(x, 13, 127);
  const { index, k, z } = reduced;
  const A = LOG_POLY;
  const r = fma(LOG_TABLE[2 * index]!, z, -1.0);
  const w = fma(LN2_HI, k, LOG_TABLE[2 * index + 1]!);
  const hi = r + w;
  const lo = fma(LN2_LO, k, w - hi + r);
  const r2 = r * r;
  const sum = fma(r * r2, fma(fma(A[4]!, r, A[3]!), r2, fma(A[2]!, r, A[1]!)), fma(A[0]!, r2, lo));
  return sum + hi;
}

const LOG2_NEAR_ONE_LOW = 1.0 - 0x15b51 * 2 ** -21;
const LOG2_NEAR_ONE_HIGH = 1.0 + 0x16ab2 * 2 ** -21;

export function log2(x: number): number {
  if (x >= LOG2_NEAR_ONE_LOW && x < LOG2_NEAR_ONE_HIGH) {
    if (x === 1) return 0;
    const B = LOG2_POLY1;
    const r = x - 1.0;
    const hi = INV_LN2_HI * r;
    const lo = fma(INV_LN2_LO, r, fma(INV_LN2_HI, r, -hi));
    const r2 = r * r;
    const r4 = r2 * r2;
    const first = fma(B[1]!, r, B[0]!);
    const y = fma(first, r2, hi);
    const lo2 = fma(first, r2, hi - y) + lo;
    const rest = fma(
      fma(fma(fma(B[9]!, r, B[8]!), r2, fma(B[7]!, r, B[6]!)), r4, fma(fma(B[5]!, r, B[4]!), r2, fma(B[3]!, r, B[2]!))),
      r4,
      lo2,
    );
    return y + rest;
  }
  const answer = special(x);
  if (answer !== undefined) return answer;
  reduceArgument(x, 14, 63);
  const { index, k, z } = reduced;
  const A = LOG2_POLY;
  const r = fma(LOG2_TABLE[2 * index]!, z, -1.0);
  const t1 = INV_LN2_HI * r;
  const t2 = fma(INV_LN2_LO, r, fma(INV_LN2_HI, r, -t1));
  const t3 = LOG2_TABLE[2 * index + 1]! + k;
  const hi = t1 + t3;
  const lo = t3 - hi + t1 + t2;
  const r2 = r * r;
  const r4 = r2 * r2;
  const p = fma(fma(A[5]!, r, A[4]!), r4, fma(fma(A[3]!, r, A[2]!), r2, fma(A[1]!, r, A[0]!)));
  return fma(r2, p, lo) + hi;
}

const TWO54 = 2 ** 54;
const INV_LN10 = 4.34294481903251816668e-1;
const LOG10_2_HIGH = 3.01029995663611771306e-1;
const LOG10_2_LOW = 3.69423907715893078616e-13;

export function log10(x: number): number {
  let high = highWord(x) | 0;
  let k = 0;
  if (high < 0x00100000) {
    if (x === 0) return -Infinity;
    if (high < 0) return NaN;
    k -= 54;
    x *= TWO54;
    high = highWord(x) | 0;
  }
  if (high >= 0x7ff00000) return x + x;
  k += (high >> 20) - 1023;
  const negative = k < 0 ? 1 : 0;
  const y = k + negative;
  const mantissa = fromWords(((high & 0x000fffff) | ((0x3ff - negative) << 20)) >>> 0, lowWord(x));
  const z = y * LOG10_2_LOW + INV_LN10 * ln(mantissa);
  return z + y * LOG10_2_HIGH;
}
