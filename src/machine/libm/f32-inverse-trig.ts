/**
 * glibc 2.36's f32 `tanf`, `asinf`, `acosf` and `atan2f` (sysdeps/ieee754/flt-32, fdlibm's):
 * f32 arithmetic throughout, unfused (x86_64 has no FMA variants of them). Arguments are f32
 * values held in doubles; every intermediate is rounded to f32 as C's float arithmetic does.
 */
import { atanf, largeQuadrant, reduceLarge } from './f32.js';
import { SINCOSF_TABLE } from './f32-data.js';
import { f32Bits, f32FromBits } from './bits.js';

const f = Math.fround;

/** `x` with the low 12 bits of its f32 mantissa cleared (SET_FLOAT_WORD of bits & 0xfffff000). */
function truncated(x: number): number {
  return f32FromBits((f32Bits(x) & 0xfffff000) >>> 0);
}

const TANF_PIO4 = f(7.8539812565e-1);
const TANF_PIO4_LO = f(3.7748947079e-8);
const TANF_T = [
  3.3333334327e-1, 1.3333334029e-1, 5.3968254477e-2, 2.186948806e-2, 8.8632395491e-3, 3.5920790397e-3,
  1.4562094584e-3, 5.8804126456e-4, 2.4646313977e-4, 7.8179444245e-5, 7.1407252108e-5, -1.8558637748e-5,
  2.5907305826e-5,
].map(f);

/** tan(x + y) for |x + y| <= pi/4 (`iy` 1), or -1/tan(x + y) (`iy` -1): `__kernel_tanf`. */
function kernelTanf(x: number, y: number, iy: number): number {
  const hx = f32Bits(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix < 0x39000000) {
    if ((ix | (iy + 1)) === 0) return f(1 / Math.abs(x));
    return iy === 1 ? x : f(-1 / x);
  }
  const sign = 1 - ((hx >> 30) & 2);
  const big = ix >= 0x3f2ca140;
  if (big) {
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    x = f(f(TANF_PIO4 - x) + f(TANF_PIO4_LO - y));
    y = 0;
    if (Math.abs(x) < 2 ** -13) return f(f(sign * iy) * f(1 - f(f(2 * iy) * x)));
  }
  const T = TANF_T;
  const z = f(x * x);
  let w = f(z * z);
  let r = f(T[1]! + f(w * f(T[3]! + f(w * f(T[5]! + f(w * f(T[7]! + f(w * f(T[9]! + f(w * T[11]!))))))))));
  let v = f(z * f(T[2]! + f(w * f(T[4]! + f(w * f(T[6]! + f(w * f(T[8]! + f(w * f(T[10]! + f(w * T[12]!)))))))))));
  const s = f(z * x);
  r = f(y + f(z * f(f(s * f(r + v)) + y)));
  r = f(r + f(T[0]! * s));
  w = f(x + r);
  if (big) {
    v = iy;
    return f(sign * f(v - f(2 * f(x - f(f(f(w * w) / f(w + v)) - r)))));
  }
  if (iy === 1) return w;
  // -1/(x + r) accurately, as glibc does.
  const high = truncated(w);
  v = f(r - f(high - x));
  const a = f(-1 / w);
  const t = truncated(a);
  const one = f(1 + f(t * high));
  return f(t + f(a * f(one + f(t * v))));
}

const HPI_INV = SINCOSF_TABLE[4]!;
const HPI = SINCOSF_TABLE[5]!;

/** glibc's `tanf` (flt-32/s_tanf.c): sinf's reduction, unfused, then `__kernel_tanf`. */
export function tanf(x: number): number {
  const bits = f32Bits(x);
  const ix = bits & 0x7fffffff;
  if (ix <= 0x3f490fda) return kernelTanf(x, 0, 1);
  if (ix >= 0x7f800000) return x - x;
  let reduced: number;
  let n: number;
  if (((bits >>> 20) & 0x7ff) < 0x42f) {
    n = (((x * HPI_INV) | 0) + 0x800000) >> 24;
    reduced = x - n * HPI;
  } else {
    reduced = reduceLarge(bits);
    n = largeQuadrant;
    if (bits >>> 31) reduced = -reduced;
  }
  const high = f(reduced);
  return kernelTanf(high, f(reduced - high), 1 - ((n & 1) << 1));
}

const ASINF_PIO2_HI = f(1.57079637050628662109375);
const ASINF_PIO2_LO = f(-4.37113900018624283e-8);
const ASINF_PIO4_HI = f(0.785398185253143310546875);
const ASINF_P = [1.666675248e-1, 7.495297643e-2, 4.547037598e-2, 2.417951451e-2, 4.21663088e-2].map(f);

/** t p(t), asinf's polynomial. */
function asinfPoly(t: number): number {
  const P = ASINF_P;
  return f(t * f(P[0]! + f(t * f(P[1]! + f(t * f(P[2]! + f(t * f(P[3]! + f(t * P[4]!)))))))));
}

/** glibc's `asinf` (flt-32/e_asinf.c). */
export function asinf(x: number): number {
  const hx = f32Bits(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix === 0x3f800000) return f(f(x * ASINF_PIO2_HI) + f(x * ASINF_PIO2_LO));
  if (ix > 0x3f800000) return NaN;
  if (ix < 0x3f000000) {
    if (ix < 0x32000000) return x;
    return f(x + f(x * asinfPoly(f(x * x))));
  }
  const t = f(f(1 - Math.abs(x)) * 0.5);
  const p = asinfPoly(t);
  const s = f(Math.sqrt(t));
  let result: number;
  if (ix >= 0x3f79999a) {
    result = f(ASINF_PIO2_HI - f(f(2 * f(s + f(s * p))) - ASINF_PIO2_LO));
  } else {
    const w = truncated(s);
    const c = f(f(t - f(w * w)) / f(s + w));
    const q = f(ASINF_PIO4_HI - f(2 * w));
    result = f(ASINF_PIO4_HI - f(f(f(f(2 * s) * p) - f(ASINF_PIO2_LO - f(2 * c))) - q));
  }
  return hx > 0 ? result : -result;
}

const ACOSF_PI = f(3.1415925026);
const ACOSF_PIO2_HI = f(1.5707962513);
const ACOSF_PIO2_LO = f(7.5497894159e-8);
const ACOSF_P = [1.6666667163e-1, -3.2556581497e-1, 2.0121252537e-1, -4.0055535734e-2, 7.9153501429e-4, 3.4793309169e-5].map(f);
const ACOSF_Q = [-2.4033949375, 2.0209457874, -6.8828397989e-1, 7.7038154006e-2].map(f);

/** p(z)/q(z), acosf's rational approximation. */
function acosfRatio(z: number): number {
  const P = ACOSF_P;
  const Q = ACOSF_Q;
  const p = f(z * f(P[0]! + f(z * f(P[1]! + f(z * f(P[2]! + f(z * f(P[3]! + f(z * f(P[4]! + f(z * P[5]!)))))))))));
  const q = f(1 + f(z * f(Q[0]! + f(z * f(Q[1]! + f(z * f(Q[2]! + f(z * Q[3]!))))))));
  return f(p / q);
}

/** glibc's `acosf` (flt-32/e_acosf.c). */
export function acosf(x: number): number {
  const hx = f32Bits(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix === 0x3f800000) return hx > 0 ? 0 : f(ACOSF_PI + f(2 * ACOSF_PIO2_LO));
  if (ix > 0x3f800000) return NaN;
  if (ix < 0x3f000000) {
    if (ix <= 0x32800000) return f(ACOSF_PIO2_HI + ACOSF_PIO2_LO);
    const r = acosfRatio(f(x * x));
    return f(ACOSF_PIO2_HI - f(x - f(ACOSF_PIO2_LO - f(x * r))));
  }
  if (hx < 0) {
    const z = f(f(1 + x) * 0.5);
    const s = f(Math.sqrt(z));
    const w = f(f(acosfRatio(z) * s) - ACOSF_PIO2_LO);
    return f(ACOSF_PI - f(2 * f(s + w)));
  }
  const z = f(f(1 - x) * 0.5);
  const s = f(Math.sqrt(z));
  const df = truncated(s);
  const c = f(f(z - f(df * df)) / f(s + df));
  const w = f(f(acosfRatio(z) * s) + c);
  return f(2 * f(df + w));
}

const ATAN2F_PI_O_4 = f(7.8539818525e-1);
const ATAN2F_PI_O_2 = f(1.5707963705);
const ATAN2F_PI = f(3.141592741);
const ATAN2F_PI_LO = f(-8.7422776573e-8);

/** glibc's `atan2f` (flt-32/e_atan2f.c) over `atanf`: the angle of (x, y) for std's `y.atan2(x)`. */
export function atan2f(y: number, x: number): number {
  const hx = f32Bits(x) | 0;
  const hy = f32Bits(y) | 0;
  const ix = hx & 0x7fffffff;
  const iy = hy & 0x7fffffff;
  if (ix > 0x7f800000 || iy > 0x7f800000) return x + y;
  if (hx === 0x3f800000) return atanf(y);
  const m = ((hy >>> 31) & 1) | ((hx >> 30) & 2);
  if (iy === 0) {
    if (m < 2) return y;
    return m === 2 ? ATAN2F_PI : -ATAN2F_PI;
  }
  if (ix === 0) return hy < 0 ? -ATAN2F_PI_O_2 : ATAN2F_PI_O_2;
  if (ix === 0x7f800000) {
    if (iy === 0x7f800000) {
      const quarter = m < 2 ? ATAN2F_PI_O_4 : f(3 * ATAN2F_PI_O_4);
      return m & 1 ? -quarter : quarter;
    }
    return [0, -0, ATAN2F_PI, -ATAN2F_PI][m]!;
  }
  if (iy === 0x7f800000) return hy < 0 ? -ATAN2F_PI_O_2 : ATAN2F_PI_O_2;
  const k = (iy - ix) >> 23;
  let z: number;
  if (k > 60) z = f(ATAN2F_PI_O_2 + f(0.5 * ATAN2F_PI_LO));
  else if (hx < 0 && k < -60) z = 0;
  else z = atanf(Math.abs(f(y / x)));
  if (m === 0) return z;
  if (m === 1) return -z;
  if (m === 2) return f(ATAN2F_PI - f(z - ATAN2F_PI_LO));
  return f(f(z - ATAN2F_PI_LO) - ATAN2F_PI);
}
