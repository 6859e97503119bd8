import type { BindingPattern, Expr, Pattern } from './ast.js';

/** `((e))` is `e` for every purpose but printing. */
export function stripParens(e: Expr): Expr {
  return e.kind === 'paren' ? stripParens(e.inner) : e;
}

/** Each binding a pattern declares (an or-pattern's from its first alternative: all bind the same). */
export function collectBindings(p: Pattern, f: (b: BindingPattern) => void): void {
  switch (p.kind) {
    case 'binding':
      f(p);
      if (p.subpattern) collectBindings(p.subpattern, f);
      return;
    case 'tuple':
    case 'tupleStruct':
    case 'slice':
      return p.elems.forEach((x) => collectBindings(x, f));
    case 'struct':
      return p.fields.forEach((x) => collectBindings(x.pattern, f));
    case 'ref':
      return collectBindings(p.inner, f);
    case 'or':
      return collectBindings(p.alts[0]!, f);
    default:
      return;
  }
}
