import type { BlockId, Operand, Place, Rvalue, Terminator } from './ir.js';

/** The blocks a terminator may continue to (every edge of the control-flow graph). */
export function successors(t: Terminator): BlockId[] {
  switch (t.kind) {
    case 'goto':
      return [t.target];
    case 'switchBool':
      return [t.ifTrue, t.ifFalse];
    case 'switchInt':
      return [...t.targets, t.otherwise];
    case 'call':
      return t.target === null ? [] : [t.target];
    case 'drop':
    case 'assert':
      return [t.target];
    default:
      return [];
  }
}

/** The operands an rvalue evaluates, in order. */
export function rvalueOperands(r: Rvalue): readonly Operand[] {
  switch (r.kind) {
    case 'use':
    case 'neg':
    case 'not':
    case 'cast':
    case 'repeat':
      return [r.operand];
    case 'binary':
      return [r.left, r.right];
    case 'aggregate':
      return r.operands;
    default:
      return [];
  }
}

/** The place an rvalue reads without moving or copying it: `&place`, its length or its
 *  discriminant. */
export function rvaluePlace(r: Rvalue): Place | null {
  return r.kind === 'ref' || r.kind === 'len' || r.kind === 'discriminant' ? r.place : null;
}
