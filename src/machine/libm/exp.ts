/**
 * glibc 2.36's `exp` and `exp2` (sysdeps/ieee754/dbl-64/e_exp.c, e_exp2.c) as its x86_64
 * libm computes them. `exp` is the `__exp_fma` variant (built with -mfma): every `fma` below is
 * one that GCC contracts there (read from its `widening_mul` dump of that source). `exp2` has
 * no such variant: built for baseline x86_64, it fuses nothing.
 */
import { fma } from '../fma.js';
import { addToHighWord, highWord } from './bits.js';
import { EXP2_POLY, EXP2_SHIFT, EXP_POLY, EXP_TABLE, INV_LN2_N, NEG_LN2_HI_N, NEG_LN2_LO_N, SHIFT } from './exp-data.js';

/** The exponent bits of a double (glibc's `top12` without the sign). */
function exponentBits(x: number): number {
  return (highWord(x) >>> 20) & 0x7ff;
}

const TINY = 0x3c9; // top12(0x1p-54)
const LARGE = 0x408; // top12(512.0)
const HUGE = 0x409; // top12(1024.0)

/**
 * `scale * (1 + tmp)` where the table scale's exponent, adjusted by `k / 128`, may leave the
 * double's range: rescaled, and rounded once in the subnormal range (`specialcase`).
 * `overflowStep` is the power of two exp (1009) or exp2 (1) takes out of a large scale.
 */
function specialCase(tmp: number, tableScale: number, k: number, overflowStep: number, fused: boolean): number {
  if (k >= 0) {
    const scale = addToHighWord(tableScale, (k << 13) - (overflowStep << 20));
    return (fused ? fma(tmp, scale, scale) : scale + scale * tmp) * 2 ** overflowStep;
  }
  const scale = addToHighWord(tableScale, (k << 13) + (1022 << 20));
  const scaledTmp = tmp * scale;
  let y = scale + scaledTmp;
  if (y < 1.0) {
    let lo = scaledTmp + (scale - y);
    const hi = y + 1.0;
    lo = lo + (y + (1.0 - hi));
    y = hi + lo - 1.0;
    if (y === 0) y = 0;
  }
  return y * 2 ** -1022;
}


export function exp(x: number): number {
  const top = exponentBits(x);
  let special = false;
  if (top < TINY || top >= LARGE) {
    if (top < TINY) return 1.0 + x;
    if (top >= HUGE) {
      if (x === -Infinity) return 0;
      if (top >= 0x7ff) return 1.0 + x;
      return x < 0 ? 0 : Infinity;
    }
    special = true;
  }
  const shifted = fma(INV_LN2_N, x, SHIFT);
  const kd = shifted - SHIFT;
  const r = fma(NEG_LN2_LO_N, kd, fma(NEG_LN2_HI_N, kd, x));
  const k = kd | 0;
  const index = 2 * (k & 127);
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(EXP_POLY[3]!, r, EXP_POLY[2]!), fma(fma(EXP_POLY[1]!, r, EXP_POLY[0]!), r2, r + EXP_TABLE[index]!));
  const tableScale = EXP_TABLE[index + 1]!;
  if (special) return specialCase(tmp, tableScale, k, 1009, true);
  const scale = addToHighWord(tableScale, k << 13);
  return fma(tmp, scale, scale);
}

export function exp2(x: number): number {
  const top = exponentBits(x);
  let special = false;
  if (top < TINY || top >= LARGE) {
    if (top < TINY) return 1.0 + x;
    if (top >= HUGE) {
      if (x === -Infinity) return 0;
      if (top >= 0x7ff) return 1.0 + x;
      if (x > 0) return Infinity;
      if (x <= -1075) return 0;
    }
    special = Math.abs(x) > 928;
  }
  const shifted = x + EXP2_SHIFT;
  const kd = shifted - EXP2_SHIFT;
  const r = x - kd;
  const k = (kd * 128) | 0;
  const index = 2 * (k & 127);
  const r2 = r * r;
  const tmp =
    EXP_TABLE[index]! + r * EXP2_POLY[0]! + r2 * (EXP2_POLY[1]! + r * EXP2_POLY[2]!) + r2 * r2 * (EXP2_POLY[3]! + r * EXP2_POLY[4]!);
  const tableScale = EXP_TABLE[index + 1]!;
  if (special) return specialCase(tmp, tableScale, k, 1, false);
  const scale = addToHighWord(tableScale, k << 13);
  return scale + scale * tmp;
}
