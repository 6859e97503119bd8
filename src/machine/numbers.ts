import type { Scalar } from '../memory/memory.js';
import { intRange, wrapInt, type Ty } from '../types/ty.js';
import { readStr } from './format-values.js';
import type { Machine, Value } from './machine.js';
import { libmFunction } from './libm/index.js';
import { asFloat, asInt, boolScalar, floatScalar, intScalar } from './values.js';

/** The text of a `&str` argument (a prelude helper's operation name, or a message). */
export function strArgument(m: Machine, arg: Value): string {
  if (arg?.kind !== 'cells') throw new Error('internal error: expected a &str argument');
  const ptr = arg.raw[0] as Scalar & { kind: 'ptr' };
  const len = arg.raw[m.target.pointerSize] as Scalar & { kind: 'int' };
  return readStr(m, ptr.addr, Number(len.value));
}

const FLOAT_UNARY: Readonly<Record<string, (x: number) => number>> = {
  floor: Math.floor, ceil: Math.ceil, trunc: Math.trunc, abs: Math.abs,
  // Rust rounds half away from zero; Math.round rounds half up, so round the magnitude.
  round: (x) => (x < 0 ? -Math.round(-x) : Math.round(x)),
  // Half-way cases to the even neighbour; below 2^52 the floor and the difference are exact.
  round_ties_even: (x) => {
    const floor = Math.floor(x);
    const diff = x - floor;
    const rounded = diff < 0.5 ? floor : diff > 0.5 ? floor + 1 : floor % 2 === 0 ? floor : floor + 1;
    return rounded === 0 && (x < 0 || Object.is(x, -0)) ? -0 : rounded;
  },
  fract: (x) => x - Math.trunc(x),
  signum: (x) => (Number.isNaN(x) ? NaN : Object.is(x, -0) || x < 0 ? -1 : 1),
  to_degrees: (x) => x * (180 / Math.PI),
  to_radians: (x) => x * (Math.PI / 180),
  signbit: (x) => (x < 0 || Object.is(x, -0) ? 1 : 0),
};

const FLOAT_BINARY: Readonly<Record<string, (a: number, b: number) => number>> = {
  copysign: (a, b) => (b < 0 || Object.is(b, -0) ? -Math.abs(a) : Math.abs(a)),
  // std's max/min ignore a NaN operand.
  max: (a, b) => (Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.max(a, b)),
  min: (a, b) => (Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.min(a, b)),
};

/**
 * `powi` as a debug build computes it: compiler-rt's `__powidf2`/`__powisf2`, square and
 * multiply, each product rounded to the type (not the correctly rounded power `powf` is).
 */
function powi(base: number, exponent: number, toType: (x: number) => number): number {
  let a = base;
  let b = Math.abs(Math.trunc(exponent));
  let r = 1;
  for (;;) {
    if (b % 2 === 1) r = toType(r * a);
    b = Math.trunc(b / 2);
    if (b === 0) break;
    a = toType(a * a);
  }
  return exponent < 0 ? toType(1 / r) : r;
}

/** `float_op`, `wrapping`, `overflows`: see `IntrinsicName` in src/resolve/intrinsics.ts. */
export function numberIntrinsic(m: Machine, name: string, ty: Ty, args: readonly Value[]): Scalar | null {
  const op = strArgument(m, args[0]!);
  if (name === 'float_op') {
    const a = asFloat(args[1] as Scalar);
    const b = asFloat(args[2] as Scalar);
    const toType = ty.k === 'float' && ty.float === 'f32' ? Math.fround : (x: number) => x;
    if (op === 'powi') return floatScalar(powi(a, b, toType));
    const libm = libmFunction(op, ty.k === 'float' ? ty.float : 'f64');
    if (libm) return floatScalar(libm(a, b));
    const unary = FLOAT_UNARY[op];
    const result = unary ? unary(a) : FLOAT_BINARY[op]!(a, b);
    return floatScalar(toType(result));
  }
  if (ty.k !== 'int') return null;
  const a = asInt(args[1] as Scalar);
  const b = asInt(args[2] as Scalar);
  const exact = op === 'add' ? a + b : op === 'sub' ? a - b : op === 'mul' ? a * b : b === 0n ? 0n : a / b;
  if (name === 'wrapping') return intScalar(wrapInt(exact, ty.int));
  const { min, max } = intRange(ty.int);
  return boolScalar(exact < min || exact > max);
}
