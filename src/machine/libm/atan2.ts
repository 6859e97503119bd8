/**
 * glibc 2.36's `atan2` (sysdeps/ieee754/dbl-64/e_atan2.c, IBM's accurate tables, shared with
 * atan) as its x86_64 `__ieee754_atan2_fma` variant computes it: each `fma` is one GCC
 * contracts there. `atan2(y, x)` is Rust's `y.atan2(x)`.
 */
import { fma } from '../fma.js';
import { ATAN_TABLE } from './atan-data.js';
import { tableRow, taylor } from './atan.js';
import { fromWords, highWord } from './bits.js';

const OPI = fromWords(0x400921fb, 0x54442d18);
const OPI1 = fromWords(0x3ca1a626, 0x33145c07);
const HPI = fromWords(0x3ff921fb, 0x54442d18);
const HPI1 = fromWords(0x3c91a626, 0x33145c07);
const QPI = fromWords(0x3fe921fb, 0x54442d18);
const TQPI = fromWords(0x4002d97c, 0x7f3321d2);
const INV16 = 0.0625;
const TWO500 = 2 ** 500;
const TWOM500 = 2 ** -500;
const EP = 59768832;

function withSignOf(y: number, z: number): number {
  return y < 0 || Object.is(y, -0) ? -Math.abs(z) : Math.abs(z);
}

/** The answers for NaN, zero and infinite arguments; `undefined` otherwise. */
function special(y: number, x: number): number | undefined {
  if (Number.isNaN(x)) return x + y;
  if (Number.isNaN(y)) return y + y;
  const xNegative = (highWord(x) & 0x80000000) !== 0;
  if (y === 0) return xNegative ? withSignOf(y, OPI) : y;
  if (x === 0) return y > 0 ? HPI : -HPI;
  if (Math.abs(x) === Infinity) {
    if (Math.abs(y) === Infinity) return withSignOf(y, xNegative ? TQPI : QPI);
    return withSignOf(y, xNegative ? OPI : 0);
  }
  if (Math.abs(y) === Infinity) return y > 0 ? HPI : -HPI;
  return undefined;
}

/** `pi - z`-style subtraction with its exact error (`ESUB`): the sum and the correction. */
function subtractWithError(a: number, b: number): [number, number] {
  const sum = a - b;
  return [sum, Math.abs(a) > Math.abs(b) ? a - sum - b : a - (b + sum)];
}

export function atan2(y: number, x: number): number {
  const answer = special(y, x);
  if (answer !== undefined) return answer;
  let ax = Math.abs(x);
  let ay = Math.abs(y);
  const exponentDifference = (highWord(y) & 0x7ff00000) - (highWord(x) & 0x7ff00000);
  if (exponentDifference >= EP) return y > 0 ? HPI : -HPI;
  if (exponentDifference <= -EP) {
    if (x > 0) return withSignOf(y, ay / ax);
    return y > 0 ? OPI : -OPI;
  }
  if (ax < TWOM500 || ay < TWOM500) {
    ax *= TWO500;
    ay *= TWO500;
  }
  if (ax > TWO500 || ay > TWO500) {
    ax *= TWOM500;
    ay *= TWOM500;
  }
  // u + du = the smaller over the larger, in double-double.
  const [big, small] = ay < ax ? [ax, ay] : [ay, ax];
  const u = small / big;
  const v0 = big * u;
  const du = (small - v0 - fma(big, u, -v0)) / big;
  const T = ATAN_TABLE;
  if (x > 0 && ay < ax) {
    if (u < INV16) {
      const v = u * u;
      return withSignOf(y, u + fma(u * v, taylor(v), du));
    }
    const row = tableRow(u);
    const t3 = u - T[row]!;
    const v = t3 + du;
    const dv = Math.abs(t3) > Math.abs(du) ? t3 - v + du : du - v + t3;
    const poly = fma(fma(fma(T[row + 6]!, v, T[row + 5]!), v, T[row + 4]!), v, T[row + 3]!);
    const zz = fma(v, T[row + 2]!, fma(dv, T[row + 2]!, v * v * poly));
    return withSignOf(y, T[row + 1]! + zz);
  }
  // The remaining cases: pi/2 - atan(u) (x > 0), pi/2 + atan(u) (x < 0, |x| < |y|),
  // pi - atan(u) (x < 0, |y| <= |x|).
  const plus = x < 0 && ax < ay;
  const [base, base1] = x > 0 || plus ? [HPI, HPI1] : [OPI, OPI1];
  if (u < INV16) {
    const v = u * u;
    const zz = u * v * taylor(v);
    if (plus) {
      const t2 = u + base;
      const cor = Math.abs(base) > Math.abs(u) ? base - t2 + u : u - t2 + base;
      return withSignOf(y, t2 + (base1 + cor + du + zz));
    }
    const [t2, cor] = subtractWithError(base, u);
    return withSignOf(y, t2 + (base1 + cor - du - zz));
  }
  const row = tableRow(u);
  const v = u - T[row]! + du;
  const poly = fma(fma(fma(fma(T[row + 6]!, v, T[row + 5]!), v, T[row + 4]!), v, T[row + 3]!), v, T[row + 2]!);
  if (plus) return withSignOf(y, fma(poly, v, base1) + (T[row + 1]! + base));
  return withSignOf(y, fma(-poly, v, base1) + (base - T[row + 1]!));
}
