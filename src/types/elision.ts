import { compileError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { FnItem, TypeExpr } from '../syntax/ast.js';

/** How many lifetime parameters the type of this name declares. */
export type LifetimeParams = (name: string) => number;

/**
 * rustc's lifetime elision for a function signature: a lifetime left out in the return type (a
 * `&` without one, or a type with lifetime parameters written without them) takes the lifetime
 * of `&self`, or of the only lifetime among the parameters; with none or several, it is E0106.
 */
export function checkElision(item: FnItem, lifetimeParams: LifetimeParams): void {
  if (!item.ret || item.selfParam?.kind === 'ref' || item.selfParam?.kind === 'refMut' || (item.selfParam?.ty && countLifetimes(item.selfParam.ty, lifetimeParams) > 0)) return;
  const elided = firstElidedLifetime(item.ret, lifetimeParams);
  if (!elided) return;
  const inputs = item.params.reduce((n, p) => n + countLifetimes(p.ty, lifetimeParams), 0);
  if (inputs === 1) return;
  throw missingLifetime(elided);
}

/** E0106 where a lifetime is left out: the `&` of a reference, or the start of a path. */
export function missingLifetime(at: Span): Diagnostic {
  const caret = { ...at, end: at.start + 1, endLine: at.line, endCol: at.col + 1 };
  return compileError('E0106', 'missing lifetime specifier', caret, 'expected named lifetime parameter');
}

function countLifetimes(t: TypeExpr, lifetimeParams: LifetimeParams): number {
  switch (t.kind) {
    case 'ref':
      return 1 + countLifetimes(t.inner, lifetimeParams);
    case 'path':
      return lifetimeParams(t.name) + t.args.reduce((n, a) => n + countLifetimes(a, lifetimeParams), 0);
    case 'tuple':
      return t.elems.reduce((n, a) => n + countLifetimes(a, lifetimeParams), 0);
    case 'array':
    case 'slice':
      return countLifetimes(t.elem, lifetimeParams);
    default:
      return 0;
  }
}

/** Where the first lifetime is left out in a type, in source order; null if none is. Function
 *  pointers and `dyn Fn` have elision of their own. */
export function firstElidedLifetime(t: TypeExpr, lifetimeParams: LifetimeParams): Span | null {
  switch (t.kind) {
    case 'ref':
      return t.lifetime ? firstElidedLifetime(t.inner, lifetimeParams) : t.span;
    case 'path': {
      const last = t.path.segments[t.path.segments.length - 1]!;
      if (t.path.segments.length === 1 && lifetimeParams(t.name) > 0 && !last.lifetimes) return t.span;
      return firstOf(t.args, lifetimeParams);
    }
    case 'tuple':
      return firstOf(t.elems, lifetimeParams);
    case 'array':
    case 'slice':
      return firstElidedLifetime(t.elem, lifetimeParams);
    default:
      return null;
  }
}

function firstOf(ts: readonly TypeExpr[], lifetimeParams: LifetimeParams): Span | null {
  for (const t of ts) {
    const found = firstElidedLifetime(t, lifetimeParams);
    if (found) return found;
  }
  return null;
}
