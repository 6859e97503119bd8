/**
 * glibc 2.36's f32 `expf`, `exp2f`, `logf`, `log2f`, `powf`, `sinf` and `cosf`
 * (sysdeps/ieee754/flt-32): double-precision evaluations rounded once to f32, as their x86_64
 * FMA variants compute them (each `fma` one GCC contracts there). Arguments are f32 values
 * held in doubles; results are rounded to f32.
 */
import { fma } from '../fma.js';
import { addToHighWord, f32Bits, f32FromBits } from './bits.js';
import { integerKind } from './pow.js';
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

export let largeQuadrant = 0;
/** x mod pi/2 for |x| >= 120 by the 192-bit 4/pi table (`reduce_large`); the quadrant in `largeQuadrant`. */
export function reduceLarge(bits: number): number {
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

const f = Math.fround;
const ATANF_HI = [4.6364760399e-1, 7.8539812565e-1, 9.8279368877e-1, 1.5707962513].map(f);
const ATANF_LO = [5.012158244e-9, 3.7748947079e-8, 3.447321717e-8, 7.5497894159e-8].map(f);
const ATANF_T = [
  3.3333334327e-1, -2.0000000298e-1, 1.4285714924e-1, -1.1111110449e-1, 9.0908870101e-2, -7.6918758452e-2,
  6.6610731184e-2, -5.8335702866e-2, 4.9768779427e-2, -3.6531571299e-2, 1.6285819933e-2,
].map(f);

/** glibc's `atanf` (flt-32/s_atanf.c, fdlibm's): f32 arithmetic throughout, unfused. */
export function atanf(x: number): number {
  const bits = f32Bits(x);
  const ix = bits & 0x7fffffff;
  const negative = (bits & 0x80000000) !== 0;
  if (ix >= 0x4c000000) {
    if (ix > 0x7f800000) return x + x;
    const z = f(ATANF_HI[3]! + ATANF_LO[3]!);
    return negative ? -z : z;
  }
  let id: number;
  if (ix < 0x3ee00000) {
    if (ix < 0x31000000) return x;
    id = -1;
  } else {
    x = Math.abs(x);
    if (ix < 0x3f980000) {
      if (ix < 0x3f300000) {
        id = 0;
        x = f(f(f(2.0 * x) - 1.0) / f(2.0 + x));
      } else {
        id = 1;
        x = f(f(x - 1.0) / f(x + 1.0));
      }
    } else if (ix < 0x401c0000) {
      id = 2;
      x = f(f(x - 1.5) / f(1.0 + f(1.5 * x)));
    } else {
      id = 3;
      x = f(-1.0 / x);
    }
  }
  const T = ATANF_T;
  const z = f(x * x);
  const w = f(z * z);
  const s1 = f(z * f(T[0]! + f(w * f(T[2]! + f(w * f(T[4]! + f(w * f(T[6]! + f(w * f(T[8]! + f(w * T[10]!)))))))))));
  const s2 = f(w * f(T[1]! + f(w * f(T[3]! + f(w * f(T[5]! + f(w * f(T[7]! + f(w * T[9]!)))))))));
  const sum = f(s1 + s2);
  if (id < 0) return f(x - f(x * sum));
  const result = f(ATANF_HI[id]! - f(f(f(x * sum) - ATANF_LO[id]!) - x));
  return negative ? -result : result;
}

const EXPM1F_LN2_HI = f(6.9313812256e-1);
const EXPM1F_LN2_LO = f(9.0580006145e-6);
const EXPM1F_INV_LN2 = f(1.4426950216);
const EXPM1F_Q = [-3.3333335072e-2, 1.5873016091e-3, -7.936507609e-5, 4.0082177293e-6, -2.0109921195e-7].map(f);

/** `y` with `k` added to its f32 exponent (SET_FLOAT_WORD of its bits plus k << 23). */
function addToExponent(y: number, k: number): number {
  return f32FromBits((f32Bits(y) + (k << 23)) >>> 0);
}

/** glibc's `expm1f` (flt-32/s_expm1f.c, fdlibm's), on which sinhf, coshf and tanhf stand. */
export function expm1f(x: number): number {
  let bits = f32Bits(x);
  const negative = (bits & 0x80000000) !== 0;
  bits &= 0x7fffffff;
  if (bits >= 0x4195b844) {
    if (bits >= 0x42b17218) {
      if (bits > 0x7f800000) return x + x;
      if (bits === 0x7f800000) return negative ? -1.0 : x;
      if (x > f(8.8721679688e1)) return Infinity;
    }
    if (negative) return -1.0;
  }
  let k: number;
  let c = 0;
  if (bits > 0x3eb17218) {
    let hi: number;
    let lo: number;
    if (bits < 0x3f851592) {
      hi = negative ? f(x + EXPM1F_LN2_HI) : f(x - EXPM1F_LN2_HI);
      lo = negative ? -EXPM1F_LN2_LO : EXPM1F_LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = Math.trunc(f(f(EXPM1F_INV_LN2 * x) + (negative ? -0.5 : 0.5)));
      hi = f(x - f(k * EXPM1F_LN2_HI));
      lo = f(k * EXPM1F_LN2_LO);
    }
    x = f(hi - lo);
    c = f(f(hi - x) - lo);
  } else if (bits < 0x33000000) {
    return x;
  } else {
    k = 0;
  }
  const Q = EXPM1F_Q;
  const hfx = f(0.5 * x);
  const hxs = f(x * hfx);
  const r1 = f(1.0 + f(hxs * f(Q[0]! + f(hxs * f(Q[1]! + f(hxs * f(Q[2]! + f(hxs * f(Q[3]! + f(hxs * Q[4]!))))))))));
  const t = f(3.0 - f(r1 * hfx));
  let e = f(hxs * f(f(r1 - t) / f(6.0 - f(x * t))));
  if (k === 0) return f(x - f(f(x * e) - hxs));
  e = f(f(x * f(e - c)) - c);
  e = f(e - hxs);
  if (k === -1) return f(f(0.5 * f(x - e)) - 0.5);
  if (k === 1) return x < -0.25 ? f(-2.0 * f(e - f(x + 0.5))) : f(1.0 + f(2.0 * f(x - e)));
  if (k <= -2 || k > 56) return f(addToExponent(f(1.0 - f(e - x)), k) - 1.0);
  if (k < 23) return addToExponent(f(f32FromBits(0x3f800000 - (0x1000000 >> k)) - f(e - x)), k);
  return addToExponent(f(f(x - f(e + f32FromBits((0x7f - k) << 23))) + 1.0), k);
}

/** glibc's `sinhf` (flt-32/e_sinhf.c) on expm1f and expf, f32 arithmetic. */
export function sinhf(x: number): number {
  const bits = f32Bits(x);
  const ix = bits & 0x7fffffff;
  if (ix >= 0x7f800000) return x + x;
  const h = bits & 0x80000000 ? -0.5 : 0.5;
  if (ix < 0x41b00000) {
    if (ix < 0x31800000) return x;
    const t = expm1f(Math.abs(x));
    if (ix < 0x3f800000) return f(h * f(f(2.0 * t) - f(f(t * t) / f(t + 1.0))));
    return f(h * f(t + f(t / f(t + 1.0))));
  }
  if (ix < 0x42b17180) return f(h * expf(Math.abs(x)));
  if (ix <= 0x42b2d4fc) {
    const w = expf(f(0.5 * Math.abs(x)));
    return f(f(h * w) * w);
  }
  return x > 0 ? Infinity : -Infinity;
}

/** glibc's `coshf` (flt-32/e_coshf.c) on expm1f and expf, f32 arithmetic. */
export function coshf(x: number): number {
  const ix = f32Bits(x) & 0x7fffffff;
  if (ix < 0x41b00000) {
    if (ix < 0x3eb17218) {
      if (ix < 0x24000000) return 1.0;
      const t = expm1f(Math.abs(x));
      const w = f(1.0 + t);
      return f(1.0 + f(f(t * t) / f(w + w)));
    }
    const t = expf(Math.abs(x));
    return f(f(0.5 * t) + f(0.5 / t));
  }
  if (ix < 0x42b17180) return f(0.5 * expf(Math.abs(x)));
  if (ix <= 0x42b2d4fc) {
    const w = expf(f(0.5 * Math.abs(x)));
    return f(f(0.5 * w) * w);
  }
  if (ix >= 0x7f800000) return f(x * x);
  return Infinity;
}

/** glibc's `tanhf` (flt-32/s_tanhf.c) on expm1f, f32 arithmetic. */
export function tanhf(x: number): number {
  const bits = f32Bits(x);
  const ix = bits & 0x7fffffff;
  const negative = (bits & 0x80000000) !== 0;
  if (ix >= 0x7f800000) return negative ? f(f(1.0 / x) - 1.0) : f(f(1.0 / x) + 1.0);
  let z: number;
  if (ix < 0x41b00000) {
    if (ix === 0) return x;
    if (ix < 0x24000000) return f(x * f(1.0 + x));
    if (ix >= 0x3f800000) {
      const t = expm1f(f(2.0 * Math.abs(x)));
      z = f(1.0 - f(2.0 / f(t + 2.0)));
    } else {
      const t = expm1f(f(-2.0 * Math.abs(x)));
      z = f(-t / f(t + 2.0));
    }
  } else {
    z = 1.0;
  }
  return negative ? -z : z;
}
