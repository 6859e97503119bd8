import type { BinOp, Rvalue } from '../mir/ir.js';
import { intFromNumber, type IntScalar, type Memory, type Raw, type Scalar } from '../memory/memory.js';
import { intBits, intRange, intSigned, type IntKind } from '../types/ty.js';
import type { Frame, Op } from './frame.js';
import { FALSE, TRUE } from './values.js';

/**
 * The commonest statements of a loop or a recursion, `_d = _a OP _b` on integers and `_d = _a`
 * for locals holding one scalar, compiled to one closure each that reads and writes the cells
 * itself. The general compiled form composes an operand closure per operand and a value closure
 * per rvalue; the call sites that run those see every kind of operand and rvalue, which keeps
 * V8 from inlining any of them. Here the reads are inline, so an arithmetic statement is one
 * call. Anything unusual (an empty cell, a pointer operand) runs the general form, `slow`,
 * which does exactly what it always did, including its errors.
 */

/** Where a scalar operand comes from: a constant, or a local's cell (stack or scratch part). */
export type ScalarSource =
  | { readonly kind: 'const'; readonly value: Scalar }
  | { readonly kind: 'local'; readonly inStack: boolean; readonly offset: number };

/** Where a scalar result goes: a local's cell. */
export interface ScalarDest {
  readonly inStack: boolean;
  readonly offset: number;
}

/** A source as the fused closures read it: its constant (null for a local), and a local's part
 *  (stack or scratch) and offset. */
function sourceParts(source: ScalarSource): readonly [Scalar | null, boolean, number] {
  return source.kind === 'const' ? [source.value, false, 0] : [null, source.inStack, source.offset];
}

/**
 * `dest = left OP right` for an integer, bool or char `r`, or null when `r` is another operator.
 * `slow` is the statement's general form.
 */
export function fusedBinary(memory: Memory, r: Rvalue & { kind: 'binary' }, left: ScalarSource, right: ScalarSource, dest: ScalarDest, slow: Op): Op | null {
  const op = r.op;
  const ty = r.ty;
  if (ty.k !== 'int' && ty.k !== 'bool' && ty.k !== 'char') return null;
  const [leftConst, leftStack, leftOffset] = sourceParts(left);
  const [rightConst, rightStack, rightOffset] = sourceParts(right);
  const destStack = dest.inStack;
  const destOffset = dest.offset;
  const read = (frame: Frame, constant: Scalar | null, stack: boolean, offset: number): Raw => constant ?? memory.read((stack ? frame.stackBase : frame.scratchBase) + offset);
  const comparison = comparisonMask(op);
  if (comparison !== null) {
    // The comparison is a mask of the orderings it accepts, not a function: the closure holds
    // no call that would see every operator.
    return (frame) => {
      const a = read(frame, leftConst, leftStack, leftOffset);
      const b = read(frame, rightConst, rightStack, rightOffset);
      if (typeof a === 'string' || typeof b === 'string' || a.kind !== 'int' || b.kind !== 'int') return slow(frame);
      memory.write((destStack ? frame.stackBase : frame.scratchBase) + destOffset, (comparison & ordering(a, b)) !== 0 ? TRUE : FALSE);
    };
  }
  if (ty.k !== 'int') return null;
  const operator = IntOperator.of(op, ty.int);
  if (operator === null) return null;
  return (frame) => {
    const a = read(frame, leftConst, leftStack, leftOffset);
    const b = read(frame, rightConst, rightStack, rightOffset);
    if (typeof a === 'string' || typeof b === 'string' || a.kind !== 'int' || b.kind !== 'int') return slow(frame);
    const v = operator.apply(a.num, b.num);
    if (Number.isNaN(v)) return slow(frame);
    memory.write((destStack ? frame.stackBase : frame.scratchBase) + destOffset, intFromNumber(v));
  };
}

/**
 * `dest = left CMP right` followed by a branch on `dest` (a block's last statement and its
 * `switchBool` or `assert`), in one closure that writes the bool and jumps to `whenTrue` or
 * `whenFalse`; null, there, runs the terminator's own op, `branch` (an assert's panic). Anything
 * unusual runs the statement's op, `statement`, then `branch`. Null when `op` is no comparison.
 */
export function fusedCompareBranch(memory: Memory, op: BinOp, left: ScalarSource, right: ScalarSource, dest: ScalarDest, statement: Op, branch: Op, whenTrue: number | null, whenFalse: number | null): Op | null {
  const comparison = comparisonMask(op);
  if (comparison === null) return null;
  const [leftConst, leftStack, leftOffset] = sourceParts(left);
  const [rightConst, rightStack, rightOffset] = sourceParts(right);
  const destStack = dest.inStack;
  const destOffset = dest.offset;
  const read = (frame: Frame, constant: Scalar | null, stack: boolean, offset: number): Raw => constant ?? memory.read((stack ? frame.stackBase : frame.scratchBase) + offset);
  return (frame) => {
    const a = read(frame, leftConst, leftStack, leftOffset);
    const b = read(frame, rightConst, rightStack, rightOffset);
    if (typeof a === 'string' || typeof b === 'string' || a.kind !== 'int' || b.kind !== 'int') {
      statement(frame);
      return branch(frame);
    }
    const holds = (comparison & ordering(a, b)) !== 0;
    memory.write((destStack ? frame.stackBase : frame.scratchBase) + destOffset, holds ? TRUE : FALSE);
    const next = holds ? whenTrue : whenFalse;
    if (next === null) return branch(frame);
    frame.block = next;
    frame.statement = 0;
  };
}

const ADD = 0;
const SUB = 1;
const MUL = 2;
const DIV = 3;
const REM = 4;
const AND = 5;
const OR = 6;
const XOR = 7;
const SHL = 8;
const SHR = 9;
const CODES: Readonly<Partial<Record<BinOp, number>>> = { add: ADD, sub: SUB, mul: MUL, div: DIV, rem: REM, bitand: AND, bitor: OR, bitxor: XOR, shl: SHL, shr: SHR };

/**
 * An integer operator of one type on numbers: the result, for operands that are safe integers
 * (an int scalar's `num`), or NaN when numbers do not give it: an overflow, a division by zero,
 * a shift out of range, a wide operand (whose `num` is NaN), bit operations on types wider than
 * 32 bits. The caller then runs the general case (`binaryInt`, in `bigint`s), which wraps or
 * panics as a debug build does; so this holds no panic of its own.
 * A sum, difference or product within the safe integers is exact (rounding is monotonic: an
 * inexact one lies beyond 2^53), and so is a truncated quotient of safe integers.
 */
export class IntOperator {
  /** The type's range, clamped to the safe integers. */
  private readonly low: number;
  private readonly high: number;
  private readonly bits: number;
  private readonly signed: boolean;
  /** Whether the type fits JS's 32-bit operators. */
  private readonly narrow: boolean;

  private constructor(
    private readonly code: number,
    int: IntKind,
  ) {
    const { min, max } = intRange(int);
    this.low = Math.max(Number(min), Number.MIN_SAFE_INTEGER);
    this.high = Math.min(Number(max), Number.MAX_SAFE_INTEGER);
    this.bits = intBits(int);
    this.signed = intSigned(int);
    this.narrow = this.bits <= 32;
  }

  /** The operator `op` on `int`, or null for a comparison. */
  static of(op: BinOp, int: IntKind): IntOperator | null {
    const code = CODES[op];
    return code === undefined ? null : new IntOperator(code, int);
  }

  apply(x: number, y: number): number {
    let v: number;
    switch (this.code) {
      case ADD: v = x + y; break;
      case SUB: v = x - y; break;
      case MUL: v = x * y; break;
      case DIV:
        if (y === 0 || (y === -1 && x === this.low)) return NaN;
        return Math.trunc(x / y);
      case REM:
        if (y === 0 || (y === -1 && x === this.low)) return NaN;
        return x % y;
      case AND: return this.narrow ? this.unsigned(x & y) : NaN;
      case OR: return this.narrow ? this.unsigned(x | y) : NaN;
      case XOR: return this.narrow ? this.unsigned(x ^ y) : NaN;
      case SHL: {
        if (!this.narrow || !(y >= 0 && y < this.bits)) return NaN;
        const shift = 32 - this.bits;
        return this.signed ? ((x << y) << shift) >> shift : ((x << y) << shift) >>> shift;
      }
      default:
        if (!this.narrow || !(y >= 0 && y < this.bits)) return NaN;
        return this.signed ? x >> y : x >>> y;
    }
    return v >= this.low && v <= this.high ? v : NaN;
  }

  /** A 32-bit operator's result as the type's value: `u32`'s top bit is not a sign. */
  private unsigned(v: number): number {
    return this.signed ? v : v >>> 0;
  }
}

const LESS = 1;
const EQUAL = 2;
const GREATER = 4;
const COMPARISON_MASK: Readonly<Partial<Record<BinOp, number>>> = { eq: EQUAL, ne: LESS | GREATER, lt: LESS, le: LESS | EQUAL, gt: GREATER, ge: GREATER | EQUAL };

/** A comparison operator as the set of orderings it accepts (a mask of `ordering`'s bits), so
 *  that one closure serves every comparison without calling a function per operator; null for
 *  the other operators. */
export function comparisonMask(op: BinOp): number | null {
  return COMPARISON_MASK[op] ?? null;
}

/** How `a` compares to `b`, as one of the bits a `comparisonMask` holds: as numbers, or as
 *  `bigint`s when either is wide (its `num` NaN, which no comparison holds for). */
export function ordering(a: IntScalar, b: IntScalar): number {
  const x = a.num;
  const y = b.num;
  if (x < y) return LESS;
  if (x > y) return GREATER;
  if (x === y) return EQUAL;
  const p = a.value;
  const q = b.value;
  return p < q ? LESS : p > q ? GREATER : EQUAL;
}

/** `dest = source` for a local holding one scalar, copied from another local or a constant. */
export function fusedCopy(memory: Memory, source: ScalarSource, dest: ScalarDest, slow: Op): Op {
  const destStack = dest.inStack;
  const destOffset = dest.offset;
  if (source.kind === 'const') {
    const value = source.value;
    return (frame) => memory.write((destStack ? frame.stackBase : frame.scratchBase) + destOffset, value);
  }
  const { inStack, offset } = source;
  return (frame) => {
    const v = memory.read((inStack ? frame.stackBase : frame.scratchBase) + offset);
    if (typeof v === 'string') return slow(frame);
    memory.write((destStack ? frame.stackBase : frame.scratchBase) + destOffset, v);
  };
}
