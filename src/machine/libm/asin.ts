/**
 * glibc 2.36's `asin` and `acos` (sysdeps/ieee754/dbl-64/e_asin.c, IBM's, with the tables of
 * asincos.tbl) as their x86_64 `__ieee754_asin_fma`/`__ieee754_acos_fma` variants compute them:
 * each `fma` is one GCC 12 contracts there.
 */
import { fma } from '../fma.js';
import { highWord, lowWord } from './bits.js';
import { ASNCS, INROOT, POWTWO } from './asin-data.js';

const HP0 = 1.5707963267948966;
const HP1 = 6.123233995736766e-17;
const F = [
  1.66666666666664110590506577996662e-1, 7.50000000026122686814431784722623e-2, 4.46428561421059750978517350006940e-2,
  3.03821268582119319911193410625235e-2, 2.23551211026525610742786300334557e-2, 1.81382903404565056280372531963613e-2,
];
const RT = [
  9.99999999859990725855365213134618e-1, 4.99999999495955425917856814202739e-1, 3.75017500867345182581453026130850e-1,
  3.12523626554518656309172508769531e-1,
];
const T24 = 16777216.0;
const T27 = 134217728.0;

/** (((((f6 z + f5) z + f4) z + f3) z + f2) z + f1), fused. */
function taylor(z: number): number {
  let sum = fma(z, F[5]!, F[4]!);
  for (let i = 3; i >= 0; i--) sum = fma(sum, z, F[i]!);
  return sum;
}

/**
 * The table interval of |x| in [0.125, 0.96875): its first index in ASNCS and the index of its
 * last polynomial coefficient (the entry after is the constant term, then asin of the centre).
 */
function interval(k: number): { n: number; last: number } {
  if (k < 0x3fe00000) {
    const n = k < 0x3fd00000 ? 11 * ((k & 0xfffff) >> 15) : 11 * ((k & 0xfffff) >> 14) + 352;
    return { n, last: n + 6 };
  }
  if (k < 0x3fe80000) {
    const n = 1056 + ((k & 0xfe000) >> 11) * 3;
    return { n, last: n + 7 };
  }
  if (k < 0x3fed8000) {
    const n = 992 + ((k & 0xfe000) >> 13) * 13;
    return { n, last: n + 8 };
  }
  if (k < 0x3fee8000) {
    const n = 884 + ((k & 0xfe000) >> 13) * 14;
    return { n, last: n + 9 };
  }
  const n = 768 + ((k & 0xfe000) >> 13) * 15;
  return { n, last: n + 10 };
}

/** asin(|x|) - asin(centre) by the interval's polynomial (`t`), and asin(centre). */
function tablePart(abs: number, k: number): { t: number; centre: number } {
  const { n, last } = interval(k);
  const xx = abs - ASNCS[n]!;
  let chain = fma(ASNCS[last]!, xx, ASNCS[last - 1]!);
  for (let i = last - 2; i >= n + 2; i--) chain = fma(chain, xx, ASNCS[i]!);
  const p = fma(xx * xx, chain, ASNCS[last + 1]!);
  return { t: fma(ASNCS[n + 1]!, xx, p), centre: ASNCS[last + 2]! };
}

/**
 * For |x| in [0.96875, 1): z = (1 - |x|) / 2, sqrt(z) split as y + cc (`split` rounds the
 * approximate root to y, differently in asin and acos), and p = z taylor(z).
 */
function nearOne(z: number, split: (c: number) => number): { y: number; cc: number; p: number } {
  const k = highWord(z);
  let t = INROOT[(k & 0x1fffff) >> 14]! * POWTWO[511 - (k >> 21)]!;
  const r = fma(-(t * t), z, 1.0);
  t = fma(fma(fma(r, RT[3]!, RT[2]!), r, RT[1]!), r, RT[0]!) * t;
  const c = z * t;
  const newton = fma(-(t * 0.5), c, 1.5);
  const y = split(c);
  return { y, cc: fma(-y, y, z) / fma(newton, c, y), p: taylor(z) * z };
}

export function asin(x: number): number {
  const m = highWord(x) | 0;
  const k = m & 0x7fffffff;
  if (k < 0x3e500000) return x;
  if (k < 0x3fc00000) {
    const x2 = x * x;
    return fma(taylor(x2), x * x2, x);
  }
  let res: number;
  if (k < 0x3fef0000) {
    const { t, centre } = tablePart(Math.abs(x), k);
    res = centre + t;
  } else if (k < 0x3ff00000) {
    const { y, cc, p } = nearOne(0.5 * (1.0 - Math.abs(x)), (c) => c + T24 - T24);
    const cor = fma(-((y + cc) * 2.0), p, fma(-cc, 2.0, HP1));
    res = cor + fma(-y, 2.0, HP0);
  } else if (k === 0x3ff00000 && lowWord(x) === 0) {
    res = HP0;
  } else {
    return Number.isNaN(x) ? x + x : NaN;
  }
  return m > 0 ? res : -res;
}

export function acos(x: number): number {
  const m = highWord(x) | 0;
  const k = m & 0x7fffffff;
  if (k < 0x3c880000) return HP0;
  if (k < 0x3fc00000) {
    const x2 = x * x;
    const r = HP0 - x;
    const cor = fma(-taylor(x2), x * x2, HP0 - r - x + HP1);
    return r + cor;
  }
  if (k < 0x3fef0000) {
    const { t, centre } = tablePart(Math.abs(x), k);
    return m > 0 ? HP1 - t + (HP0 - centre) : t + HP1 + (centre + HP0);
  }
  if (k < 0x3ff00000) {
    const { y, cc, p } = nearOne(0.5 * (m > 0 ? 1.0 - x : 1.0 + x), (c) => fma(-c, T27, fma(c, T27, c)));
    const pTimes = p * (y + cc);
    if (m < 0) return (HP1 - cc - pTimes + (HP0 - y)) * 2.0;
    return (y + (cc + pTimes)) * 2.0;
  }
  if (k === 0x3ff00000 && lowWord(x) === 0) return m > 0 ? 0 : 2.0 * HP0;
  return Number.isNaN(x) ? x + x : NaN;
}
