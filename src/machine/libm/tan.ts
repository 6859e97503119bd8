/**
 * glibc 2.36's `tan` (sysdeps/ieee754/dbl-64/s_tan.c, IBM's accurate tables) as its x86_64
 * `__tan_fma` variant computes it: each `fma` is one GCC contracts there (read from its
 * `widening_mul` dump of that source built with -mfma).
 */
import { fma } from '../fma.js';
import { highWord, lowWord } from './bits.js';
import { branred } from './branred.js';
import { TAN_TABLE } from './tan-data.js';

const G1 = 1.2589993048095493577420711517333984375e-8;
const G2 = 6.07999861240386962890625e-2;
const G3 = 7.8699970245361328125e-1;
const G4 = 25.0;
const G5 = 1.0e8;
const D3 = 3.33333333333333314829616256247390992939472198486328125e-1;
const D5 = 1.33333333333267300968572044439497403800487518310546875e-1;
const D7 = 5.3968254110954329283433850150686339475214481353759765625e-2;
const D9 = 2.1869380598167252605090737915816134773194789886474609375e-2;
const D11 = 8.8965463495349235423237388431516592390835285186767578125e-3;
const E0 = 3.33333333333225401151622691031661815941333770751953125e-1;
const E1 = 1.333335492066991256887575900691444985568523406982421875e-1;
const MFFTNHF = -15.5;
const HPINV = 6.3661977236758138243288840385503135621547698974609375e-1;
const TOINT = 6755399441055744;
const MP1 = 1.5707963407039642333984375;
const MP2 = -1.390906756437715330321225337684154510498046875e-8;
const MP3 = -4.97899625051479936836749653361622010187153937661209968102e-17;
const PP3 = -4.97899623147990989791272092856999620380520354956388473511e-17;
const PP4 = -1.90348896201932661116335227284100374573176274961831123692e-25;

/** tan's odd Taylor polynomial after x: d3 + x2 (d5 + ... d11). */
function taylor(x2: number): number {
  return fma(x2, fma(x2, fma(x2, fma(x2, D11, D9), D7), D5), D3);
}

/** `a + b` with its exact error (`EADD`). */
function addWithError(a: number, b: number): [number, number] {
  const sum = a + b;
  return [sum, Math.abs(a) > Math.abs(b) ? a - sum + b : b - sum + a];
}

/** tan (quadrant even) or -cot (odd) of the reduced argument a + da. */
function finish(a: number, da: number, odd: boolean): number {
  const sign = a < 0 ? -1 : 1;
  const ya = a < 0 ? -a : a;
  const yya = a < 0 ? -da : da;
  if (ya <= G2) {
    const a2 = a * a;
    const t2 = fma(a * a2, taylor(a2), da);
    if (!odd) return a + t2;
    // -1 / (b + db) in double-double (`DIV2`).
    const [b, db] = addWithError(a, t2);
    const c = 1.0 / b;
    const u = c * b;
    const uu = fma(c, b, -u);
    const cc = fma(-db, c, 1.0 - u - uu + 0.0) / b;
    const z = c + cc;
    return -(z + (c - z + cc));
  }
  const i = fma(ya, 256, MFFTNHF) | 0;
  const z = yya + (ya - TAN_TABLE[3 * i]!);
  const z2 = z * z;
  const pz = fma(z * z2, fma(z2, E1, E0), z);
  const fi = TAN_TABLE[3 * i + 1]!;
  const gi = TAN_TABLE[3 * i + 2]!;
  const scaled = pz * (fi + gi);
  if (odd) return -sign * (gi - scaled / (pz + fi));
  return sign * (fi + scaled / (gi - pz));
}

export function tan(x: number): number {
  if ((highWord(x) & 0x7ff00000) === 0x7ff00000) return x - x;
  const w = Math.abs(x);
  if (w <= G1) return x;
  if (w <= G2) {
    const x2 = x * x;
    return fma(x * x2, taylor(x2), x);
  }
  if (w <= G3) {
    const i = fma(w, 256, MFFTNHF) | 0;
    const z = w - TAN_TABLE[3 * i]!;
    const z2 = z * z;
    const pz = fma(z * z2, fma(z2, E1, E0), z);
    const fi = TAN_TABLE[3 * i + 1]!;
    const gi = TAN_TABLE[3 * i + 2]!;
    return (x < 0 ? -1 : 1) * (fi + ((fi + gi) * pz) / (gi - pz));
  }
  if (w <= G5) {
    const t = fma(x, HPINV, TOINT);
    const xn = t - TOINT;
    const t1 = fma(-xn, MP2, fma(-xn, MP1, x));
    const odd = (lowWord(t) & 1) === 1;
    if (w <= G4) {
      const a = fma(-xn, MP3, t1);
      return finish(a, fma(-xn, MP3, t1 - a), odd);
    }
    const t0 = fma(-xn, PP3, t1);
    const da0 = fma(-xn, PP3, t1 - t0);
    const a = fma(-xn, PP4, t0);
    const [sum, error] = addWithError(a, da0 + fma(-xn, PP4, t0 - a));
    return finish(sum, error, odd);
  }
  const { quadrant, a, aa } = branred(x);
  const [sum, error] = addWithError(a, aa);
  return finish(sum, error, (quadrant & 1) === 1);
}
