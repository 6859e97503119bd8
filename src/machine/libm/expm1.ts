/**
 * glibc 2.36's `expm1` (sysdeps/ieee754/dbl-64/s_expm1.c, fdlibm's) as its x86_64
 * `__expm1_fma` variant computes it (each `fma` is one GCC 12 contracts there), and the
 * `sinh`, `cosh`, `tanh` built on it and on `exp` (e_sinh.c, e_cosh.c, s_tanh.c: baseline
 * x86_64, nothing fused).
 */
import { fma } from '../fma.js';
import { addToHighWord, fromWords, highWord, lowWord } from './bits.js';
import { exp } from './exp.js';

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700;
const O_THRESHOLD = 7.09782712893383973096e2;
const Q = [
  1.0, -3.33333333333331316428e-2, 1.58730158725481460165e-3, -7.93650757867487942473e-5, 4.00821782732936239552e-6,
  -2.01099218183624371326e-7,
];

export function expm1(x: number): number {
  const high = highWord(x);
  const negative = (high & 0x80000000) !== 0;
  const hx = high & 0x7fffffff;
  if (hx >= 0x4043687a) {
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (Number.isNaN(x)) return x + x;
        return negative ? -1.0 : x;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (negative) return -1.0;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = Math.trunc(INV_LN2 * x + (negative ? -0.5 : 0.5));
      hi = fma(-k, LN2_HI, x);
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const R1 = fma(hxs, Q[1]!, 1.0);
  const h2 = hxs * hxs;
  const R2 = fma(hxs, Q[3]!, Q[2]!);
  const h4 = h2 * h2;
  const R3 = fma(hxs, Q[5]!, Q[4]!);
  const r1 = fma(h4, R3, fma(h2, R2, R1));
  const t = fma(-hfx, r1, 3.0);
  let e = hxs * ((r1 - t) / fma(-x, t, 6.0));
  if (k === 0) return x - fma(x, e, -hxs);
  e = fma(e - c, x, -c);
  e -= hxs;
  if (k === -1) return fma(x - e, 0.5, -0.5);
  if (k === 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : fma(x - e, 2.0, 1.0);
  if (k <= -2 || k > 56) return addToHighWord(1.0 - (e - x), k << 20) - 1.0;
  if (k < 20) return addToHighWord(fromWords(0x3ff00000 - (0x200000 >> k), 0) - (e - x), k << 20);
  return addToHighWord(x - (e + fromWords((0x3ff - k) << 20, 0)) + 1.0, k << 20);
}

export function sinh(x: number): number {
  const jx = highWord(x) | 0;
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  const abs = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = expm1(abs);
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * exp(abs);
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * abs);
    return h * w * w;
  }
  return x * Infinity;
}

export function cosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  const abs = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1.0;
      const t = expm1(abs);
      const w = 1.0 + t;
      return 1.0 + (t * t) / (w + w);
    }
    const t = exp(abs);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(abs);
  if (ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d)) {
    const w = exp(0.5 * abs);
    return 0.5 * w * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

export function tanh(x: number): number {
  const jx = highWord(x) | 0;
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1.0 + x);
    if (ix >= 0x3ff00000) {
      z = 1.0 - 2.0 / (expm1(2.0 * Math.abs(x)) + 2.0);
    } else {
      const t = expm1(-2.0 * Math.abs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0;
  }
  return jx >= 0 ? z : -z;
}
