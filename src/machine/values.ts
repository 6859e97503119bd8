import type { Span } from '../diagnostics/span.js';
import type { BinOp } from '../mir/ir.js';
import { intScalar, type Raw, type Scalar } from '../memory/memory.js';
import { intBits, intRange, intSigned, wrapInt, type IntKind, type Ty } from '../types/ty.js';
import { Panic } from './signals.js';

/** Arithmetic, comparisons and casts on scalars, as a debug build of rustc does them. */

export const TRUE: Scalar = intScalar(1n);
export const FALSE: Scalar = intScalar(0n);
export const ZERO: Scalar = FALSE;

export { intScalar };
export const floatScalar = (value: number): Scalar => ({ kind: 'float', value });
export const boolScalar = (b: boolean): Scalar => (b ? TRUE : FALSE);

export function asInt(s: Scalar): bigint {
  if (s.kind === 'int') return s.value;
  if (s.kind === 'ptr') return BigInt(s.addr);
  throw new Error(`internal error: expected an integer, found a ${s.kind}`);
}

/** An integer (or a pointer's address) as a number, rounded when it is beyond 2^53. */
export function asNumber(s: Scalar): number {
  if (s.kind === 'int') return Number.isNaN(s.num) ? Number(s.value) : s.num;
  if (s.kind === 'ptr') return s.addr;
  throw new Error(`internal error: expected an integer, found a ${s.kind}`);
}

/** Whether a condition holds: a nonzero integer (a `bool` is 0 or 1), or a non-null address. */
export function isTrue(s: Scalar): boolean {
  return s.kind === 'int' ? s.num !== 0 : asInt(s) !== 0n;
}

/** An integer as a key that equals the key of the same integer however it was made: a number
 *  when it is a safe integer, a `bigint` beyond (a `switchInt`'s targets are keyed so). */
export function intKey(value: bigint): number | bigint;
export function intKey(value: Scalar): number | bigint;
export function intKey(value: Scalar | bigint): number | bigint {
  if (typeof value !== 'bigint') {
    if (value.kind === 'int' && !Number.isNaN(value.num)) return value.num;
    value = asInt(value);
  }
  return value >= MIN_SAFE && value <= MAX_SAFE ? Number(value) : value;
}

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function asFloat(s: Scalar): number {
  if (s.kind === 'float') return s.value;
  throw new Error(`internal error: expected a float, found a ${s.kind}`);
}

function compare(op: BinOp, c: number): Scalar | null {
  switch (op) {
    case 'eq': return boolScalar(c === 0);
    case 'ne': return boolScalar(c !== 0);
    case 'lt': return boolScalar(c < 0);
    case 'le': return boolScalar(c <= 0);
    case 'gt': return boolScalar(c > 0);
    case 'ge': return boolScalar(c >= 0);
    default: return null;
  }
}

/** Integer (and bool, char) operations; `checked` ones panic on overflow as a debug build does. */
export function binaryInt(op: BinOp, a: bigint, b: bigint, ty: Ty, checked: boolean, span: Span): bigint {
  switch (op) {
    case 'eq': return a === b ? 1n : 0n;
    case 'ne': return a !== b ? 1n : 0n;
    case 'lt': return a < b ? 1n : 0n;
    case 'le': return a <= b ? 1n : 0n;
    case 'gt': return a > b ? 1n : 0n;
    case 'ge': return a >= b ? 1n : 0n;
    default:
      break;
  }
  if (ty.k !== 'int') {
    // bool: `&`, `|`, `^` on 0/1.
    if (op === 'bitand') return a & b;
    if (op === 'bitor') return a | b;
    if (op === 'bitxor') return a ^ b;
    throw new Error(`internal error: ${op} on ${ty.k}`);
  }
  const int = ty.int;
  const range = intRange(int);
  let v: bigint;
  let what: string;
  switch (op) {
    case 'add':
      v = a + b;
      what = 'add';
      break;
    case 'sub':
      v = a - b;
      what = 'subtract';
      break;
    case 'mul':
      v = a * b;
      what = 'multiply';
      break;
    case 'div':
      if (b === 0n) throw new Panic('attempt to divide by zero', span);
      if (intSigned(int) && a === range.min && b === -1n) {
        if (checked) throw new Panic('attempt to divide with overflow', span);
        return a;
      }
      return a / b;
    case 'rem':
      if (b === 0n) throw new Panic('attempt to calculate the remainder with a divisor of zero', span);
      if (intSigned(int) && a === range.min && b === -1n) {
        if (checked) throw new Panic('attempt to calculate the remainder with overflow', span);
        return 0n;
      }
      return a % b;
    case 'shl':
    case 'shr': {
      const bits = BigInt(intBits(int));
      let amount = b;
      if (amount < 0n || amount >= bits) {
        if (checked) throw new Panic(`attempt to ${op === 'shl' ? 'shift left' : 'shift right'} with overflow`, span);
        amount = BigInt.asUintN(32, amount) % bits;
      }
      return op === 'shl' ? wrapInt(a << amount, int) : a >> amount;
    }
    case 'bitand': return a & b;
    case 'bitor': return a | b;
    case 'bitxor': return a ^ b;
  }
  if (v >= range.min && v <= range.max) return v;
  if (checked) throw new Panic(`attempt to ${what} with overflow`, span);
  return wrapInt(v, int);
}

/** IEEE arithmetic; f32 results are rounded to single precision. `%` is fmod, as Rust's. */
export function binaryFloat(op: BinOp, a: number, b: number, kind: 'f32' | 'f64'): Scalar {
  let r: number;
  switch (op) {
    case 'add': r = a + b; break;
    case 'sub': r = a - b; break;
    case 'mul': r = a * b; break;
    case 'div': r = a / b; break;
    case 'rem': r = a % b; break;
    default: {
      const c = Number.isNaN(a) || Number.isNaN(b) ? null : a < b ? -1 : a > b ? 1 : 0;
      if (c === null) return boolScalar(op === 'ne');
      const s = compare(op, c);
      if (s) return s;
      throw new Error(`internal error: ${op} on floats`);
    }
  }
  return floatScalar(kind === 'f32' ? Math.fround(r) : r);
}

/** `==` and `!=` (and orderings) of pointers compare addresses. */
export function binaryPtr(op: BinOp, a: number, b: number): Scalar {
  const s = compare(op, a < b ? -1 : a > b ? 1 : 0);
  if (!s) throw new Error(`internal error: ${op} on pointers`);
  return s;
}

/** A bigint rounded to the nearest f32 (ties to even), without double rounding through f64. */
export function bigintToF32(v: bigint): number {
  const neg = v < 0n;
  let m = neg ? -v : v;
  if (m < 1n << 53n) return Math.fround(Number(v));
  const bits = m.toString(2).length;
  const drop = BigInt(bits - 24);
  const rest = m & ((1n << drop) - 1n);
  m >>= drop;
  const half = 1n << (drop - 1n);
  if (rest > half || (rest === half && (m & 1n) === 1n)) m += 1n;
  const r = Number(m) * 2 ** Number(drop);
  return Math.fround(neg ? -r : r);
}

/** `float as int`: truncates toward zero and saturates at the type's range; NaN is 0. */
export function floatToInt(x: number, int: IntKind): bigint {
  if (Number.isNaN(x)) return 0n;
  const { min, max } = intRange(int);
  if (x === Infinity) return max;
  if (x === -Infinity) return min;
  const t = BigInt(Math.trunc(x));
  return t < min ? min : t > max ? max : t;
}

export function intToFloat(v: bigint, kind: 'f32' | 'f64'): number {
  return kind === 'f32' ? bigintToF32(v) : Number(v);
}

/** A fat pointer as a value: the data pointer, then the metadata (a length or a vtable) one
 *  pointer further, in the target's units (the units between stay empty). */
export function fatValue(ptr: Scalar, meta: Scalar, pointerSize: number): { kind: 'cells'; raw: Raw[]; zst: null } {
  if (pointerSize === 1) return { kind: 'cells', raw: [ptr, meta], zst: null };
  const raw: Raw[] = new Array<Raw>(2 * pointerSize).fill('uninit');
  raw[0] = ptr;
  raw[pointerSize] = meta;
  return { kind: 'cells', raw, zst: null };
}
