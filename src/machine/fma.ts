/**
 * `mul_add`: `a * b + c` with one rounding, as the hardware's fused multiply-add and libm's
 * `fma`/`fmaf` compute it. The product and sum are exact in `bigint`s (a finite float is an
 * integer times a power of two), then rounded once, to nearest with ties to even, to the
 * type's precision.
 */

import { lowWord, nextMagnitude } from './libm/bits.js';

/** A float format: bits of precision and the exponent of its smallest subnormal's unit. */
interface FloatFormat {
  readonly precision: number;
  readonly minUnitExponent: number;
}

export const F64_FORMAT: FloatFormat = { precision: 53, minUnitExponent: -1074 };
export const F32_FORMAT: FloatFormat = { precision: 24, minUnitExponent: -149 };

const view = new DataView(new ArrayBuffer(8));

/** A finite double as `mantissa * 2^exponent`, the mantissa signed. */
export function decompose(x: number): { mantissa: bigint; exponent: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased !== 0) mantissa |= 1n << 52n;
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  return { mantissa: hi >>> 31 ? -mantissa : mantissa, exponent };
}

function bitLength(n: bigint): number {
  return n.toString(2).length;
}

/** `value * 2^exponent` rounded to the format (a double that holds it exactly, or ±Infinity). */
function roundToFormat(value: bigint, exponent: number, format: FloatFormat): number {
  const negative = value < 0n;
  let magnitude = negative ? -value : value;
  const unit = Math.max(exponent + bitLength(magnitude) - format.precision, format.minUnitExponent);
  if (unit > exponent) {
    const shift = BigInt(unit - exponent);
    const half = 1n << (shift - 1n);
    const rest = magnitude & ((1n << shift) - 1n);
    magnitude >>= shift;
    if (rest > half || (rest === half && (magnitude & 1n) === 1n)) magnitude += 1n;
    exponent = unit;
  }
  // Two steps, so that neither power of two leaves the double's range on its own.
  const firstStep = Math.trunc(exponent / 2);
  const result = Number(magnitude) * 2 ** firstStep * 2 ** (exponent - firstStep);
  return negative ? -result : result;
}

export function fusedMulAdd(a: number, b: number, c: number, format: FloatFormat): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a * b + c;
  if (!Number.isFinite(c)) return c;
  // An exactly zero product: the sum is exact, and JS gives it its IEEE sign.
  if (a === 0 || b === 0) return a * b + c;
  const x = decompose(a);
  const y = decompose(b);
  const z = decompose(c);
  const productExponent = x.exponent + y.exponent;
  const exponent = Math.min(productExponent, z.exponent);
  const sum = ((x.mantissa * y.mantissa) << BigInt(productExponent - exponent)) + (z.mantissa << BigInt(z.exponent - exponent));
  // An exact zero sum of nonzero terms is +0 when rounding to nearest.
  if (sum === 0n) return 0;
  return roundToFormat(sum, exponent, format);
}

/** Veltkamp's splitter for doubles: 2^27 + 1. */
const SPLITTER = 134217729;
/** Within these magnitudes the error-free transformations below are exact (no overflow, no underflow). */
const SAFE_MAX = 2 ** 995;
const SAFE_MIN = 2 ** -900;

function safe(x: number): boolean {
  const magnitude = Math.abs(x);
  return magnitude < SAFE_MAX && (magnitude > SAFE_MIN || magnitude === 0);
}

/**
 * `x + y` rounded to odd: exact if representable, else whichever neighbour has an odd last bit.
 * `sum` is `x + y` rounded to nearest, `error` the exact rest (TwoSum).
 */
function roundToOdd(sum: number, error: number): number {
  if (error === 0 || (lowWord(sum) & 1) === 1) return sum;
  // Even: the other neighbour, on the side of the rest.
  return nextMagnitude(sum, error > 0 === sum > 0);
}

/**
 * The double `fma(a, b, c)` without `bigint` in the common case: Boldo and Melquiond's
 * emulation (an exact product by Veltkamp/Dekker, an exact sum by TwoSum, the two rests added
 * rounded to odd, then one rounding to nearest), proved correct when nothing overflows or
 * underflows; outside that range the exact `bigint` `fusedMulAdd` answers.
 */
export function fma(a: number, b: number, c: number): number {
  const product = a * b;
  if (!(safe(a) && safe(b) && safe(c) && safe(product)) || product === 0) return fusedMulAdd(a, b, c, F64_FORMAT);
  let t = SPLITTER * a;
  const aHigh = t - (t - a);
  const aLow = a - aHigh;
  t = SPLITTER * b;
  const bHigh = t - (t - b);
  const bLow = b - bHigh;
  const productError = aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
  const sum = c + product;
  const back = sum - c;
  const sumError = c - (sum - back) + (product - back);
  const rests = sumError + productError;
  const restsBack = rests - sumError;
  const restsError = sumError - (rests - restsBack) + (productError - restsBack);
  const result = sum + roundToOdd(rests, restsError);
  return safe(result) ? result : fusedMulAdd(a, b, c, F64_FORMAT);
}
