import type { BinOp, Rvalue } from '../mir/ir.js';
import type { Memory, Raw, Scalar } from '../memory/memory.js';
import { intRange, wrapInt } from '../types/ty.js';
import type { Frame, Op } from './frame.js';
import { FALSE, intScalar, TRUE } from './values.js';

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

/** The arithmetic compiled here, with the verb of its overflow panic; comparisons are too, the
 *  other operators take the general form. */
const ARITHMETIC = { add: 'add', sub: 'subtract', mul: 'multiply' } as const;

export interface ScalarOpContext {
  readonly memory: Memory;
  /** The overflow panic of a checked operation (never returns). */
  panic(message: string): never;
}

/**
 * `dest = left OP right` for an integer, bool or char `r`, or null when `r` is another operator.
 * `slow` is the statement's general form.
 */
export function fusedBinary(ctx: ScalarOpContext, r: Rvalue & { kind: 'binary' }, left: ScalarSource, right: ScalarSource, dest: ScalarDest, slow: Op): Op | null {
  const op = r.op;
  const ty = r.ty;
  if (ty.k !== 'int' && ty.k !== 'bool' && ty.k !== 'char') return null;
  const memory = ctx.memory;
  const leftConst = left.kind === 'const' ? left.value : null;
  const leftStack = left.kind === 'local' && left.inStack;
  const leftOffset = left.kind === 'local' ? left.offset : 0;
  const rightConst = right.kind === 'const' ? right.value : null;
  const rightStack = right.kind === 'local' && right.inStack;
  const rightOffset = right.kind === 'local' ? right.offset : 0;
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
      memory.write((destStack ? frame.stackBase : frame.scratchBase) + destOffset, (comparison & ordering(a.value, b.value)) !== 0 ? TRUE : FALSE);
    };
  }
  if (ty.k !== 'int' || (op !== 'add' && op !== 'sub' && op !== 'mul')) return null;
  const int = ty.int;
  const { min, max } = intRange(int);
  const checked = r.checked;
  const message = `attempt to ${ARITHMETIC[op]} with overflow`;
  const code = op === 'add' ? ADD : op === 'sub' ? SUB : MUL;
  return (frame) => {
    const a = read(frame, leftConst, leftStack, leftOffset);
    const b = read(frame, rightConst, rightStack, rightOffset);
    if (typeof a === 'string' || typeof b === 'string' || a.kind !== 'int' || b.kind !== 'int') return slow(frame);
    const v = code === ADD ? a.value + b.value : code === SUB ? a.value - b.value : a.value * b.value;
    let result: Scalar;
    if (v >= min && v <= max) result = intScalar(v);
    else if (checked) ctx.panic(message);
    else result = intScalar(wrapInt(v, int));
    memory.write((destStack ? frame.stackBase : frame.scratchBase) + destOffset, result);
  };
}

const ADD = 0;
const SUB = 1;
const MUL = 2;
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

/** How `a` compares to `b`, as one of the bits a `comparisonMask` holds. */
export function ordering(a: bigint, b: bigint): number {
  return a < b ? LESS : a > b ? GREATER : EQUAL;
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
