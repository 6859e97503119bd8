/**
 * glibc 2.36's `atan` (sysdeps/ieee754/dbl-64/s_atan.c, IBM's accurate tables) as its x86_64
 * `__atan_fma` variant computes it: each `fma` is one GCC contracts there (read from its
 * `widening_mul` dump of that source built with -mfma).
 */
import { fma } from '../fma.js';
import { ATAN_TABLE } from './atan-data.js';

const A = 1.29047776908919331617653369903564453125e-8;
const B = 0.0625;
const C = 1.0;
const D = 16.0;
const E = 5.805361265115136e15;
const HPI = 1.5707963267948966;
const HPI1 = 6.123233995736766e-17;
const TWO52 = 4503599627370496;
const D3 = -3.33333333333333314829616256247390992939472198486328125e-1;
const D5 = 1.999999999999885480495009915102855302393436431884765625e-1;
const D7 = -1.428571428395316311732443637083633802831172943115234375e-1;
const D9 = 1.1111109821886426540782366600979003123939037322998046875e-1;
const D11 = -9.090424391727987274425260011412319727241992950439453125e-2;
const D13 = 7.60183658438073617258368130933376960456371307373046875e-2;

/** The odd Taylor polynomial's part after x: d3 + v (d5 + v (... d13)). */
export function taylor(v: number): number {
  return fma(v, fma(v, fma(v, fma(v, fma(v, D13, D11), D9), D7), D5), D3);
}

/** The row's Taylor polynomial after its constant and linear terms, at z = t - x0. */
export function tablePolynomial(z: number, row: number): number {
  const T = ATAN_TABLE;
  return fma(z, fma(z, fma(z, fma(T[row + 6]!, z, T[row + 5]!), T[row + 4]!), T[row + 3]!), T[row + 2]!);
}

/** The first index of the table row whose x0 is nearest t, for t in [1/16, 1). */
export function tableRow(t: number): number {
  return 7 * ((fma(t, 256, TWO52) - TWO52 - 16) | 0);
}

function withSignOf(x: number, y: number): number {
  return x < 0 || Object.is(x, -0) ? -Math.abs(y) : Math.abs(y);
}

export function atan(x: number): number {
  if (Number.isNaN(x)) return x + x;
  const u = Math.abs(x);
  if (u < C) {
    if (u < A) return x;
    if (u < B) {
      const v = x * x;
      return fma(x * v, taylor(v), x);
    }
    const row = tableRow(u);
    const z = u - ATAN_TABLE[row]!;
    return withSignOf(x, fma(z, tablePolynomial(z, row), ATAN_TABLE[row + 1]!));
  }
  if (u < D) {
    const w = 1 / u;
    const t1 = u * w;
    const t2 = fma(u, w, -t1);
    const row = tableRow(w);
    const z = fma(1 - t1 - t2, w, w - ATAN_TABLE[row]!);
    const yy = fma(-z, tablePolynomial(z, row), HPI1);
    return withSignOf(x, yy + (HPI - ATAN_TABLE[row + 1]!));
  }
  if (u < E) {
    const w = 1 / u;
    const v = w * w;
    const t1 = u * w;
    const t2 = fma(u, w, -t1);
    const yy = w * v * taylor(v);
    const ww = (1 - t1 - t2) * w;
    const t3 = HPI - w;
    const cor = Math.abs(w) < HPI ? HPI - t3 - w : HPI - (w + t3);
    return withSignOf(x, t3 + (cor + HPI1 - ww - yy));
  }
  return x > 0 ? HPI : -HPI;
}
