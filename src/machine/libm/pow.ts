/**
 * glibc 2.36's `pow` (sysdeps/ieee754/dbl-64/e_pow.c) as its x86_64 `__pow_fma` variant
 * computes it: log(x) in double-double from a 128-entry table, times y, then exp of that pair;
 * each `fma` is one GCC contracts there.
 */
import { fma } from '../fma.js';
import { addToHighWord, highWord, lowWord } from './bits.js';
import { EXP_POLY, EXP_TABLE, INV_LN2_N, NEG_LN2_HI_N, NEG_LN2_LO_N, SHIFT } from './exp-data.js';
import { reduce, type Reduced } from './log.js';
import { POW_LN2_HI, POW_LN2_LO, POW_LOG_POLY, POW_LOG_TABLE } from './pow-data.js';

/** The high word of pow's OFF, 0x3fe6955500000000. */
const OFF_HIGH = 0x3fe69555;
const reduced: Reduced = { index: 0, k: 0, z: 0 };
let logTail = 0;

/** log(x) for the reduced x as `hi + logTail`. */
function logInline(high: number, low: number): number {
  reduce(high, low, OFF_HIGH, 13, 127, reduced);
  const { index, k, z } = reduced;
  const A = POW_LOG_POLY;
  const r = fma(z, POW_LOG_TABLE[4 * index]!, -1.0);
  const t1 = fma(k, POW_LN2_HI, POW_LOG_TABLE[4 * index + 2]!);
  const t2 = r + t1;
  const lo1 = fma(k, POW_LN2_LO, POW_LOG_TABLE[4 * index + 3]!);
  const lo2 = r + (t1 - t2);
  const ar = r * A[0]!;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(r, ar, -ar2);
  const lo4 = ar2 + (t2 - hi);
  const p = fma(ar2, fma(ar2, fma(r, A[6]!, A[5]!), fma(r, A[4]!, A[3]!)), fma(r, A[2]!, A[1]!));
  const lo = fma(ar3, p, lo4 + (lo3 + (lo1 + lo2)));
  const y = hi + lo;
  logTail = lo + (hi - y);
  return y;
}

/** `sign * exp(x + xTail)`, `negative` giving the sign (`exp_inline`). */
function expInline(x: number, xTail: number, negative: boolean): number {
  const top = (highWord(x) >>> 20) & 0x7ff;
  let special = false;
  if (top < 0x3c9 || top >= 0x408) {
    if (top < 0x3c9) {
      const one = 1.0 + x;
      return negative ? -one : one;
    }
    if (top >= 0x409) {
      const magnitude = x < 0 ? 0 : Infinity;
      return negative ? -magnitude : magnitude;
    }
    special = true;
  }
  const shifted = fma(x, INV_LN2_N, SHIFT);
  const kd = shifted - SHIFT;
  const r = xTail + fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  const k = kd | 0;
  const index = 2 * (k & 127);
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, EXP_POLY[3]!, EXP_POLY[2]!), fma(r2, fma(r, EXP_POLY[1]!, EXP_POLY[0]!), r + EXP_TABLE[index]!));
  const signDelta = negative ? 0x80000000 : 0;
  const tableScale = EXP_TABLE[index + 1]!;
  if (!special) {
    const scale = addToHighWord(tableScale, (k << 13) + signDelta);
    return fma(tmp, scale, scale);
  }
  if (k >= 0) {
    const scale = addToHighWord(tableScale, (k << 13) + signDelta - (1009 << 20));
    return fma(tmp, scale, scale) * 2 ** 1009;
  }
  const scale = addToHighWord(tableScale, (k << 13) + signDelta + (1022 << 20));
  const scaledTmp = tmp * scale;
  let y = scale + scaledTmp;
  if (Math.abs(y) < 1.0) {
    const one = y < 0 ? -1.0 : 1.0;
    let lo = scaledTmp + (scale - y);
    const hi = one + y;
    lo = lo + (y + (one - hi));
    y = hi + lo - one;
    if (y === 0) y = negative ? -0 : 0;
  }
  return y * 2 ** -1022;
}

/** 0 if `y` (finite, nonzero) is not an integer, 1 if odd, 2 if even. */
function integerKind(y: number): number {
  const magnitude = Math.abs(y);
  if (magnitude < 1) return 0;
  if (magnitude >= 2 ** 53) return 2;
  if (!Number.isInteger(y)) return 0;
  return magnitude % 2 === 1 ? 1 : 2;
}

function isZeroInfNaN(x: number): boolean {
  return x === 0 || !Number.isFinite(x);
}

/** A signaling NaN (quiet bit clear), which pow returns as a NaN where others give 1. */
function isSignaling(x: number): boolean {
  return Number.isNaN(x) && (highWord(x) & 0x00080000) === 0;
}

export function powf(x: number, y: number): number {
  let negative = false;
  const topY = (highWord(y) >>> 20) & 0x7ff;
  let high = highWord(x);
  let low = lowWord(x);
  const topX = high >>> 20;
  if (topX - 1 >>> 0 >= 0x7fe || topY - 0x3be >>> 0 >= 0x80) {
    if (isZeroInfNaN(y)) {
      if (y === 0) return isSignaling(x) ? NaN : 1.0;
      if (x === 1) return isSignaling(y) ? NaN : 1.0;
      if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
      if (Math.abs(x) === 1) return 1.0;
      if (Math.abs(x) < 1 === y > 0) return 0;
      return Infinity;
    }
    if (isZeroInfNaN(x)) {
      let x2 = x * x;
      if ((x < 0 || Object.is(x, -0)) && integerKind(y) === 1) x2 = -x2;
      return y < 0 ? 1 / x2 : x2;
    }
    if (x < 0) {
      const kind = integerKind(y);
      if (kind === 0) return NaN;
      negative = kind === 1;
      high &= 0x7fffffff;
    }
    const magnitude = Math.abs(x);
    if (topY - 0x3be >>> 0 >= 0x80) {
      if (magnitude === 1) return 1.0;
      if (topY < 0x3be) return magnitude > 1 ? 1.0 + y : 1.0 - y;
      return magnitude > 1 === y > 0 ? Infinity : 0;
    }
    if (magnitude < 2 ** -1022) {
      const scaled = magnitude * 2 ** 52;
      high = highWord(scaled) - (52 << 20);
      low = lowWord(scaled);
    }
  }
  const hi = logInline(high, low);
  const tail = logTail;
  const ehi = y * hi;
  const elo = fma(y, tail, fma(y, hi, -ehi));
  return expInline(ehi, elo, negative);
}
