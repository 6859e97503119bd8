/**
 * A double's two 32-bit halves, read and written through one shared buffer (glibc's
 * `asuint64`/`asdouble` without `bigint`).
 */

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LOW = LITTLE_ENDIAN ? 0 : 1;
const HIGH = 1 - LOW;

/** Sign, exponent and the top 20 bits of the mantissa, unsigned. */
export function highWord(x: number): number {
  float[0] = x;
  return words[HIGH]!;
}

export function lowWord(x: number): number {
  float[0] = x;
  return words[LOW]!;
}

/** The double whose halves are `high` and `low` (each taken modulo 2^32). */
export function fromWords(high: number, low: number): number {
  words[HIGH] = high;
  words[LOW] = low;
  return float[0]!;
}

/** `x` with `delta` added to its high word (an exponent shift of `delta >> 20`), modulo 2^32. */
export function addToHighWord(x: number, delta: number): number {
  float[0] = x;
  words[HIGH] = words[HIGH]! + delta;
  return float[0]!;
}

/** The neighbour of finite nonzero `x` one unit in the last place away from zero (`up`) or toward it. */
export function nextMagnitude(x: number, up: boolean): number {
  float[0] = x;
  if (up) {
    words[LOW] = words[LOW]! + 1;
    if (words[LOW] === 0) words[HIGH] = words[HIGH]! + 1;
  } else {
    if (words[LOW] === 0) words[HIGH] = words[HIGH]! - 1;
    words[LOW] = words[LOW]! - 1;
  }
  return float[0]!;
}

const single = new Float32Array(1);
const singleWord = new Uint32Array(single.buffer);

/** An f32's bits, unsigned (`asuint`). */
export function f32Bits(x: number): number {
  single[0] = x;
  return singleWord[0]!;
}

/** The f32 with these bits (`asfloat`), as a double. */
export function f32FromBits(bits: number): number {
  singleWord[0] = bits;
  return single[0]!;
}

/** A float's IEEE bits (`to_bits`): 64 of them, or 32 for an f32 (`single`). */
export function floatToBits(x: number, single: boolean): bigint {
  if (single) return BigInt(f32Bits(x));
  return (BigInt(highWord(x)) << 32n) | BigInt(lowWord(x));
}

/** The float with these IEEE bits (`from_bits`). */
export function floatFromBits(bits: bigint, single: boolean): number {
  if (single) return f32FromBits(Number(bits & 0xffffffffn));
  return fromWords(Number((bits >> 32n) & 0xffffffffn), Number(bits & 0xffffffffn));
}
