/**
 * glibc 2.36's f32 `expf`, `exp2f`, `logf`, `log2f`, `powf`, `sinf` and `cosf`
 * (sysdeps/ieee754/flt-32): double-precision evaluations rounded once to f32, as their x86_64
 * FMA variants compute them (each `fma` one GCC contracts there). Arguments are f32 values
 * held in doubles; results are rounded to f32.
 */
import { fma } from '../fma.js';
import { addToHighWord, f32Bits, f32FromBits } from './bits.js';
import {
  EXP2F_INV_LN2_SCALED,
  EXP2F_POLY,
  EXP2F_POLY_SCALED,
  EXP2F_SHIFT,
  EXP2F_SHIFT_SCALED,
  EXP2F_TABLE,
  INV_PIO4,
  LOG2F_POLY,
  LOG2F_TABLE,
  LOGF_LN2,
  LOGF_POLY,
  LOGF_TABLE,
  POWF_LOG2_POLY,
  POWF_LOG2_TABLE,
  SINCOSF_TABLE,
} from './f32-data.js';

/** The sign, exponent and top 3 mantissa bits of an f32, without the sign (`abstop12`). */
function top12(bits: number): number {
  return (bits >>> 20) & 0x7ff;
}

/** 2^(k/32) * (1 + poly(r)) from the table, `negative` flipping the sign. */
function exp2Finish(r: number, k: number, C: readonly number[], negative: boolean): number {
  const scale = addToHighWord(EXP2F_TABLE[k & 31]!, (k << 15) + (negative ? 0x80000000 : 0));
  const z = fma(C[0]!, r, C[1]!);
  const r2 = r * r;
  const y = fma(z, r2, fma(C[2]!, r, 1.0));
  return y * scale;
}

export function expf(x: number): number {
  const bits = f32Bits(x);
  if (top12(bits) >= 0x42b) {
    if (x === -Infinity) return 0;
    if (top12(bits) >= 0x7f8) return x + x;
    if (x > 0x162e42e * 2 ** -18) return Infinity;
    if (x < -0x19fe368 * 2 ** -18) return 0;
  }
  const shifted = fma(EXP2F_INV_LN2_SCALED, x, EXP2F_SHIFT);
  const kd = shifted - EXP2F_SHIFT;
  const r = fma(EXP2F_INV_LN2_SCALED, x, -kd);
  return Math.fround(exp2Finish(r, kd | 0, EXP2F_POLY_SCALED, false));
}

export function exp2f(x: number): number {
  const bits = f32Bits(x);
  if (top12(bits) >= 0x430) {
    if (x === -Infinity) return 0;
    if (top12(bits) >= 0x7f8) return x + x;
    if (x > 0) return Infinity;
    if (x <= -150) return 0;
  }
  const kd = x + EXP2F_SHIFT_SCALED - EXP2F_SHIFT_SCALED;
  const r = x - kd;
  return Math.fround(exp2Finish(r, (kd * 32) | 0, EXP2F_POLY, false));
}

const OFF = 0x3f330000;

/** f32 bits of positive finite x, subnormals normalized with their exponent left in the bits. */
function normalizedBits(x: number): number {
  const bits = f32Bits(x);
  return bits < 0x00800000 ? (f32Bits(x * 2 ** 23) - (23 << 23)) | 0 : bits;
}

/** `x = 2^k z`, z in [OFF, 2 OFF): the table index, k and z for the bits. */
let reducedIndex = 0;
let reducedK = 0;
function reduceBits(bits: number): number {
  const tmp = (bits - OFF) | 0;
  reducedIndex = (tmp >>> 19) & 15;
  reducedK = (tmp & 0xff800000) >> 23;
  return f32FromBits((bits - (tmp & 0xff800000)) >>> 0);
}

/** log's answer for zero, negative, infinite and NaN arguments; `undefined` for positive finite ones. */
function logSpecial(x: number): number | undefined {
  if (x > 0 && x < Infinity) return undefined;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  return NaN;
}

export function logf(x: number): number {
  if (x === 1) return 0;
  const special = logSpecial(x);
  if (special !== undefined) return special;
  const z = reduceBits(normalizedBits(x));
  const r = fma(LOGF_TABLE[2 * reducedIndex]!, z, -1.0);
  const y0 = fma(reducedK, LOGF_LN2, LOGF_TABLE[2 * reducedIndex + 1]!);
  const r2 = r * r;
  const y = fma(LOGF_POLY[0]!, r2, fma(LOGF_POLY[1]!, r, LOGF_POLY[2]!));
  return Math.fround(fma(r2, y, r + y0));
}

export function log2f(x: number): number {
  if (x === 1) return 0;
  const special = logSpecial(x);
  if (special !== undefined) return special;
  const z = reduceBits(normalizedBits(x));
  const r = fma(LOG2F_TABLE[2 * reducedIndex]!, z, -1.0);
  const y0 = reducedK + LOG2F_TABLE[2 * reducedIndex + 1]!;
  const r2 = r * r;
  const y = fma(LOG2F_POLY[0]!, r2, fma(LOG2F_POLY[1]!, r, LOG2F_POLY[2]!));
  return Math.fround(fma(r2, y, fma(LOG2F_POLY[3]!, r, y0)));
}

/** 0 if `y` (finite, nonzero) is not an integer, 1 if odd, 2 if even. */
function integerKind(y: number): number {
  const magnitude = Math.abs(y);
  if (magnitude < 1) return 0;
  if (magnitude >= 2 ** 53) return 2;
  if (!Number.isInteger(y)) return 0;
  return magnitude % 2 === 1 ? 1 : 2;
}

function isSignaling(x: number): boolean {
  return Number.isNaN(x) && (f32Bits(x) & 0x00400000) === 0;
}

export function powf(x: number, y: number): number {
  let negative = false;
  let bits = f32Bits(x);
  const yBits = f32Bits(y);
  const yZeroInfNaN = y === 0 || !Number.isFinite(y);
  if (bits - 0x00800000 >>> 0 >= 0x7f800000 - 0x00800000 || yZeroInfNaN) {
    if (yZeroInfNaN) {
      if (y === 0) return isSignaling(x) ? NaN : 1.0;
      if (x === 1) return isSignaling(y) ? NaN : 1.0;
      if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
      if (Math.abs(x) === 1) return 1.0;
      if (Math.abs(x) < 1 === (y > 0)) return 0;
      return Infinity;
    }
    if (x === 0 || !Number.isFinite(x)) {
      let x2 = Math.fround(x * x);
      if (bits & 0x80000000 && integerKind(y) === 1) x2 = -x2;
      return yBits & 0x80000000 ? Math.fround(1 / x2) : x2;
    }
    if (bits & 0x80000000) {
      const kind = integerKind(y);
      if (kind === 0) return NaN;
      negative = kind === 1;
      bits &= 0x7fffffff;
    }
    if (bits < 0x00800000) bits = ((f32Bits(x * 2 ** 23) & 0x7fffffff) - (23 << 23)) | 0;
  }
  const z = reduceBits(bits);
  const A = POWF_LOG2_POLY;
  const r = fma(POWF_LOG2_TABLE[2 * reducedIndex]!, z, -1.0);
  const y0 = POWF_LOG2_TABLE[2 * reducedIndex + 1]! + reducedK;
  const r2 = r * r;
  const q = fma(r2, fma(r, A[2]!, A[3]!), fma(r, A[4]!, y0));
  const logx = fma(fma(r, A[0]!, A[1]!), r2 * r2, q);
  const ylogx = y * logx;
  if (Math.abs(ylogx) >= 126) {
    if (ylogx > 0x1fffffffd1d571 * 2 ** -46) return negative ? -Infinity : Infinity;
    if (ylogx <= -150) return negative ? -0 : 0;
  }
  const kd = ylogx + EXP2F_SHIFT_SCALED - EXP2F_SHIFT_SCALED;
  return Math.fround(exp2Finish(ylogx - kd, (kd * 32) | 0, EXP2F_POLY, negative));
}

/** One of the two sincos_t tables: sign[4], hpi_inv, hpi, c0..c4, s1..s3. */
const TABLE_SIZE = 14;
const HPI_INV = 4;
const HPI = 5;
const C0 = 6;
const S1 = 11;

/** sin (`cosine` false) or cos of the reduced argument `x` with `x2` its square (`sinf_poly`). */
function poly(x: number, x2: number, table: number, cosine: boolean): number {
  const p = SINCOSF_TABLE;
  if (!cosine) {
    const x3 = x2 * x;
    const s1 = fma(x2, p[table + S1 + 2]!, p[table + S1 + 1]!);
    const x7 = x2 * x3;
    const s = fma(x3, p[table + S1]!, x);
    return Math.fround(fma(s1, x7, s));
  }
  const x4 = x2 * x2;
  const c2 = fma(x2, p[table + C0 + 4]!, p[table + C0 + 3]!);
  const c1 = fma(x2, p[table + C0 + 1]!, p[table + C0]!);
  const x6 = x2 * x4;
  const c = fma(x4, p[table + C0 + 2]!, c1);
  return Math.fround(fma(c2, x6, c));
}

const PI63 = 0x1921fb54442d18 * 2 ** -114;
const TWO_62 = 1n << 62n;
const MASK_64 = (1n << 64n) - 1n;

let largeQuadrant = 0;
/** x mod pi/2 for |x| >= 120 by the 192-bit 4/pi table (`reduce_large`); the quadrant in `largeQuadrant`. */
function reduceLarge(bits: number): number {
  const index = (bits >>> 26) & 15;
  const shift = (bits >>> 23) & 7;
  const xi = BigInt((((bits & 0xffffff) | 0x800000) << shift) >>> 0);
  const res0 = (xi * BigInt(INV_PIO4[index]!)) & 0xffffffffn;
  const res1 = xi * BigInt(INV_PIO4[index + 4]!);
  const res2 = xi * BigInt(INV_PIO4[index + 8]!);
  let sum = (((res2 >> 32n) | (res0 << 32n)) + res1) & MASK_64;
  const n = ((sum + (1n << 61n)) & MASK_64) >> 62n;
  sum = (sum - n * TWO_62) & MASK_64;
  largeQuadrant = Number(n);
  return Number(BigInt.asIntN(64, sum)) * PI63;
}

function sinOrCos(y: number, cosine: boolean): number {
  const bits = f32Bits(y);
  const top = top12(bits);
  const p = SINCOSF_TABLE;
  if (top < 0x3f4) {
    if (top < 0x398) return cosine ? 1 : y;
    return poly(y, y * y, 0, cosine);
  }
  if (top < 0x42f) {
    const n = (((y * p[HPI_INV]!) | 0) + 0x800000) >> 24;
    const x = fma(-n, p[HPI]!, y);
    const table = n & 2 ? TABLE_SIZE : 0;
    return poly(x * p[n & 3]!, x * x, table, ((n & 1) === 1) !== cosine);
  }
  if (top < 0x7f8) {
    const x = reduceLarge(bits);
    const n = largeQuadrant + (bits >>> 31);
    const table = n & 2 ? TABLE_SIZE : 0;
    return poly(x * p[n & 3]!, x * x, table, ((largeQuadrant & 1) === 1) !== cosine);
  }
  return NaN;
}

export function sinf(x: number): number {
  return sinOrCos(x, false);
}

export function cosf(x: number): number {
  return sinOrCos(x, true);
}

const F32_TWO25 = 3.3554432e7;
const F32_INV_LN10 = Math.fround(4.3429449201e-1);
const F32_LOG10_2_HIGH = Math.fround(3.0102920532e-1);
const F32_LOG10_2_LOW = Math.fround(7.9034151668e-7);

/** glibc's `log10f` (flt-32/e_log10f.c): f32 arithmetic on top of `logf`, unfused. */
export function log10f(x: number): number {
  let bits = f32Bits(x) | 0;
  let k = 0;
  if (bits < 0x00800000) {
    if (x === 0) return -Infinity;
    if (bits < 0) return NaN;
    k -= 25;
    x = Math.fround(x * F32_TWO25);
    bits = f32Bits(x) | 0;
  }
  if (bits >= 0x7f800000) return x + x;
  k += (bits >> 23) - 127;
  const negative = k < 0 ? 1 : 0;
  const y = k + negative;
  const mantissa = f32FromBits(((bits & 0x007fffff) | ((0x7f - negative) << 23)) >>> 0);
  const z = Math.fround(Math.fround(y * F32_LOG10_2_LOW) + Math.fround(F32_INV_LN10 * logf(mantissa)));
  return Math.fround(z + Math.fround(y * F32_LOG10_2_HIGH));
}

/** glibc's `hypotf` (flt-32/e_hypotf.c): the double sqrt of the double sum of squares, rounded once. */
export function hypotf(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Math.abs(x) === Infinity || Math.abs(y) === Infinity) return Infinity;
    return x + y;
  }
  return Math.fround(Math.sqrt(x * x + y * y));
}
