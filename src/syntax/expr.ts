import type { Expr } from './ast.js';

/** `((e))` is `e` for every purpose but printing. */
export function stripParens(e: Expr): Expr {
  return e.kind === 'paren' ? stripParens(e.inner) : e;
}
