/**
 * glibc 2.36's `sin` and `cos` (sysdeps/ieee754/dbl-64/s_sin.c, IBM's accurate tables) as
 * their x86_64 `__sin_fma`/`__cos_fma` variants compute them: each `fma` is one GCC contracts
 * there (read from its `widening_mul` dump of that source built with -mfma).
 */
import { fma } from '../fma.js';
import { highWord, lowWord } from './bits.js';
import { branred } from './branred.js';
import { SINCOS_TABLE } from './sincos-data.js';

const S1 = -0x15555555555555 * 2 ** -55;
const S2 = 0x11111111110ece * 2 ** -59;
const S3 = -0x1a01a019db08b8 * 2 ** -65;
const S4 = 0x171de27b9a7ed9 * 2 ** -71;
const S5 = -0x1addffc2fcdf59 * 2 ** -78;
const BIG = 52776558133248; // 1.5 * 2^45: adding it rounds to a multiple of 1/128
const HP0 = 0x1921fb54442d18 * 2 ** -52;
const HP1 = 0x11a62633145c07 * 2 ** -106;
const MP1 = 0x1921fb58000000 * 2 ** -52;
const MP2 = -0x1dde973c000000 * 2 ** -79;
const PP3 = -0x1cb3b398000000 * 2 ** -107;
const PP4 = -0x1d747f23e32ed7 * 2 ** -135;
const HPINV = 0x145f306dc9c883 * 2 ** -53;
const TOINT = 6755399441055744;
const SN3 = -1.66666666666664880952546298448555e-1;
const SN5 = 8.33333214285722277379541354343671e-3;
const CS2 = 4.99999999999999999999950396842453e-1;
const CS4 = -4.16666666666664434524222570944589e-2;
const CS6 = 1.38888874007937613028114285595617e-3;

/** cos(x + dx) for |x| < 0.855469 (a table entry near |x| and a short Taylor series). */
function doCos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const magnitude = Math.abs(x);
  const u = BIG + magnitude;
  const r = magnitude - (u - BIG) + dx;
  const rr = r * r;
  const s = fma(r * rr, fma(rr, SN5, SN3), r);
  const c = rr * fma(rr, fma(rr, CS6, CS4), CS2);
  const k = lowWord(u) << 2;
  const T = SINCOS_TABLE;
  const cor = fma(-s, T[k]!, fma(-c, T[k + 2]!, fma(-s, T[k + 1]!, T[k + 3]!)));
  return T[k + 2]! + cor;
}

/** sin(x + dx) for |x| < 0.855469. */
function doSin(x: number, dx: number): number {
  const magnitude = Math.abs(x);
  if (magnitude < 0.126) {
    const xx = x * x;
    const poly = fma(xx, fma(xx, fma(xx, fma(xx, S5, S4), S3), S2), S1);
    const t = fma(xx, fma(poly, x, -(dx * 0.5)), dx);
    return x + t;
  }
  if (x <= 0) dx = -dx;
  const u = BIG + magnitude;
  const r = magnitude - (u - BIG);
  const rr = r * r;
  const s = r + fma(r * rr, fma(rr, SN5, SN3), dx);
  const c = fma(r, dx, rr * fma(rr, fma(rr, CS6, CS4), CS2));
  const k = lowWord(u) << 2;
  const T = SINCOS_TABLE;
  const cor = fma(s, T[k + 2]!, fma(-c, T[k]!, fma(s, T[k + 3]!, T[k + 1]!)));
  const result = T[k]! + cor;
  return x < 0 || Object.is(x, -0) ? -Math.abs(result) : Math.abs(result);
}

/** x mod pi/2 as a + da with the quadrant, for |x| < 105414350 (`reduce_sincos`). */
let reducedA = 0;
let reducedDa = 0;
function reduceSinCos(x: number): number {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  const y = fma(-xn, MP2, fma(-xn, MP1, x));
  const quadrant = lowWord(t) & 3;
  const t2 = fma(-xn, PP3, y);
  let db = fma(-xn, PP3, y - t2);
  const b = fma(-xn, PP4, t2);
  db += fma(-xn, PP4, t2 - b);
  reducedA = b;
  reducedDa = db;
  return quadrant;
}

function doSinCos(a: number, da: number, quadrant: number): number {
  const result = quadrant & 1 ? doCos(a, da) : doSin(a, da);
  return quadrant & 2 ? -result : result;
}

/** The reduced argument and quadrant of a large finite `x`, left in `reducedA`/`reducedDa`. */
function reduce(x: number, k: number): number {
  if (k < 0x419921fb) return reduceSinCos(x);
  const { quadrant, a, aa } = branred(x);
  reducedA = a;
  reducedDa = aa;
  return quadrant;
}

export function sin(x: number): number {
  const k = highWord(x) & 0x7fffffff;
  if (k < 0x3e500000) return x;
  if (k < 0x3feb6000) return doSin(x, 0);
  if (k < 0x400368fd) {
    const result = doCos(HP0 - Math.abs(x), HP1);
    return x < 0 ? -Math.abs(result) : Math.abs(result);
  }
  if (k < 0x7ff00000) {
    const quadrant = reduce(x, k);
    return doSinCos(reducedA, reducedDa, quadrant);
  }
  return x / x;
}

export function cos(x: number): number {
  const k = highWord(x) & 0x7fffffff;
  if (k < 0x3e400000) return 1.0;
  if (k < 0x3feb6000) return doCos(x, 0);
  if (k < 0x400368fd) {
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    return doSin(a, y - a + HP1);
  }
  if (k < 0x7ff00000) {
    const quadrant = reduce(x, k);
    return doSinCos(reducedA, reducedDa, quadrant + 1);
  }
  return x / x;
}
