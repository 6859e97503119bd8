/**
 * glibc 2.36's `log1p` and `log1pf` (sysdeps/ieee754/dbl-64/s_log1p.c, flt-32/s_log1pf.c,
 * fdlibm's): `log1p` as its x86_64 `__log1p_fma` variant computes it (each `fma` is one GCC 12
 * contracts there), `log1pf` built for baseline x86_64, in f32 arithmetic throughout.
 */
import { fma } from '../fma.js';
import { f32Bits, f32FromBits, fromWords, highWord, lowWord } from './bits.js';

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const LP = [
  6.666666666666735130e-1, 3.999999999940941908e-1, 2.857142874366239149e-1, 2.222219843214978396e-1,
  1.818357216161805012e-1, 1.531383769920937332e-1, 1.479819860511658591e-1,
];

export function log1p(x: number): number {
  const hx = highWord(x) | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN;
    if (ax < 0x3e200000) return ax < 0x3c900000 ? x : fma(-(x * x), 0.5, x);
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = highWord(u) | 0;
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = highWord(u) | 0;
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = fromWords(hu | 0x3ff00000, lowWord(u));
    } else {
      k += 1;
      u = fromWords(hu | 0x3fe00000, lowWord(u));
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      return fma(k, LN2_HI, fma(k, LN2_LO, c));
    }
    const R = hfsq * fma(-0.66666666666666666, f, 1.0);
    if (k === 0) return f - R;
    return fma(k, LN2_HI, -(R - fma(k, LN2_LO, c) - f));
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const z2 = z * z;
  const R2 = fma(z, LP[2]!, LP[1]!);
  const z4 = z2 * z2;
  const R3 = fma(z, LP[4]!, LP[3]!);
  const z6 = z2 * z4;
  const R4 = fma(z, LP[6]!, LP[5]!);
  // GCC fuses R1 = z Lp1 into the sum, with z2 R2 as the addend.
  const R = fma(z6, R4, fma(z4, R3, fma(z, LP[0]!, z2 * R2)));
  const sR = s * (hfsq + R);
  if (k === 0) return f - (hfsq - sR);
  return fma(k, LN2_HI, -(hfsq - (sR + fma(k, LN2_LO, c)) - f));
}

const r = Math.fround;
const LN2_HI_F = r(6.9313812256e-1);
const LN2_LO_F = r(9.0580006145e-6);
const LP_F = [6.6666668653e-1, 4.0000000596e-1, 2.8571429849e-1, 2.2222198546e-1, 1.818357259e-1, 1.5313838422e-1, 1.479819864e-1].map(r);
const TWO_THIRDS_F = r(0.66666666666666666);

export function log1pf(x: number): number {
  const hx = f32Bits(x) | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3ed413d7) {
    if (ax >= 0x3f800000) return x === -1 ? -Infinity : NaN;
    if (ax < 0x31000000) return ax < 0x24800000 ? x : r(x - r(r(x * x) * 0.5));
    if (hx > 0 || hx <= (0xbe95f61f | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7f800000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x5a000000) {
      u = r(1.0 + x);
      hu = f32Bits(u) | 0;
      k = (hu >> 23) - 127;
      c = k > 0 ? r(1.0 - r(u - x)) : r(x - r(u - 1.0));
      c = r(c / u);
    } else {
      u = x;
      hu = f32Bits(u) | 0;
      k = (hu >> 23) - 127;
      c = 0;
    }
    hu &= 0x007fffff;
    if (hu < 0x3504f7) {
      u = f32FromBits(hu | 0x3f800000);
    } else {
      k += 1;
      u = f32FromBits(hu | 0x3f000000);
      hu = (0x00800000 - hu) >> 2;
    }
    f = r(u - 1.0);
  }
  const hfsq = r(r(0.5 * f) * f);
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      c = r(c + r(k * LN2_LO_F));
      return r(r(k * LN2_HI_F) + c);
    }
    const R = r(hfsq * r(1.0 - r(TWO_THIRDS_F * f)));
    if (k === 0) return r(f - R);
    return r(r(k * LN2_HI_F) - r(r(R - r(r(k * LN2_LO_F) + c)) - f));
  }
  const s = r(f / r(2.0 + f));
  const z = r(s * s);
  const P = LP_F;
  const R = r(z * r(P[0]! + r(z * r(P[1]! + r(z * r(P[2]! + r(z * r(P[3]! + r(z * r(P[4]! + r(z * r(P[5]! + r(z * P[6]!)))))))))))));
  if (k === 0) return r(f - r(hfsq - r(s * r(hfsq + R))));
  return r(r(k * LN2_HI_F) - r(r(hfsq - r(r(s * r(hfsq + R)) + r(r(k * LN2_LO_F) + c))) - f));
}
