import type { BlockId, Terminator } from './ir.js';

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
