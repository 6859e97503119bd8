import { compileError } from '../diagnostics/diagnostic.js';
import type { Expr, Pattern } from '../syntax/ast.js';
import { stripParens } from '../syntax/expr.js';
import type { TypeContext } from './context.js';
import { variantTys } from './context.js';
import type { PathRes, PatternInfo } from './results.js';
import type { Ty } from './ty.js';

/**
 * Exhaustiveness of `match`, by the usefulness algorithm rustc uses (Maranget's): a match is
 * exhaustive when a wildcard row is not useful after all arms without guards. Constructors are
 * split for bools, enums, structs, tuples, references, arrays and slices (by length, as rustc
 * does: each length below the longest a pattern fixes, then "at least that long"); integers,
 * chars, floats and strings have infinitely many values, so only a binding or `_` covers them.
 */

type Pat =
  | { readonly kind: 'wild' }
  /** `ctor` names a constructor of the type at this column; `fields` its sub-patterns. */
  | { readonly kind: 'ctor'; readonly ctor: string; readonly fields: readonly Pat[] }
  | { readonly kind: 'or'; readonly alts: readonly Pat[] }
  /** A literal or range of a type with infinitely many values: covers nothing for the algorithm. */
  | { readonly kind: 'opaque' }
  /** A slice pattern on a slice: `[a, b]` (`variable` false) or `[a, .., z]` (`variable`: any
   *  length of at least `before.length + after.length`). */
  | { readonly kind: 'slice'; readonly before: readonly Pat[]; readonly after: readonly Pat[]; readonly variable: boolean };

const WILD: Pat = { kind: 'wild' };

interface Column {
  /** The constructors that together cover the type, with their field types; null = infinite. */
  readonly ctors: readonly { readonly name: string; readonly fields: readonly Ty[]; readonly show: (fields: string[]) => string }[] | null;
}

export function checkExhaustive(
  ctx: TypeContext,
  scrutinee: Ty,
  e: Expr & { kind: 'match' },
  paths: ReadonlyMap<Pattern, PathRes>,
  infos: ReadonlyMap<Pattern, PatternInfo>,
): void {
  const lower = (p: Pattern): Pat => lowerPattern(p, paths, infos);
  const rows = e.arms.filter((a) => a.guard === null).map((a) => [lower(a.pattern)]);
  const witness = useful(ctx, rows, [scrutinee], true);
  if (witness) {
    const shown = witness[0]!;
    throw compileError('E0004', `non-exhaustive patterns: \`${shown}\` not covered`, e.scrutinee.span, `pattern \`${shown}\` not covered`);
  }
}

function lowerPattern(p: Pattern, paths: ReadonlyMap<Pattern, PathRes>, infos: ReadonlyMap<Pattern, PatternInfo>): Pat {
  const info = infos.get(p);
  const wrapDerefs = (pat: Pat): Pat => {
    let out = pat;
    for (let i = 0; i < (info?.derefs ?? 0); i++) out = { kind: 'ctor', ctor: '&', fields: [out] };
    return out;
  };
  const sub = (x: Pattern) => lowerPattern(x, paths, infos);
  switch (p.kind) {
    case 'wildcard':
    case 'rest':
      return WILD;
    case 'binding': {
      const res = paths.get(p);
      if (res?.kind === 'ctor') return wrapDerefs({ kind: 'ctor', ctor: String(res.variant), fields: [] });
      if (res) return { kind: 'opaque' };
      return p.subpattern ? sub(p.subpattern) : WILD;
    }
    case 'literal': {
      const lit = stripParens(p.value);
      if (lit.kind === 'bool') return wrapDerefs({ kind: 'ctor', ctor: String(lit.value), fields: [] });
      return { kind: 'opaque' };
    }
    case 'range':
      return { kind: 'opaque' };
    case 'path': {
      const res = paths.get(p);
      if (res?.kind === 'ctor') return wrapDerefs({ kind: 'ctor', ctor: String(res.variant), fields: [] });
      return { kind: 'opaque' };
    }
    case 'tuple':
      return wrapDerefs({ kind: 'ctor', ctor: 'tuple', fields: expandRest(p.elems, (info?.ty.k === 'tuple' ? info.ty.elems.length : p.elems.length), sub) });
    case 'tupleStruct': {
      const res = paths.get(p) as PathRes & { kind: 'ctor' };
      const arity = res.ty.def.variants[res.variant]!.fields.length;
      return wrapDerefs({ kind: 'ctor', ctor: String(res.variant), fields: expandRest(p.elems, arity, sub) });
    }
    case 'struct': {
      const res = paths.get(p) as PathRes & { kind: 'ctor' };
      const fields = res.ty.def.variants[res.variant]!.fields.map((f) => {
        const given = p.fields.find((x) => x.name.name === f.name);
        return given ? sub(given.pattern) : WILD;
      });
      return wrapDerefs({ kind: 'ctor', ctor: String(res.variant), fields });
    }
    case 'ref':
      return wrapDerefs({ kind: 'ctor', ctor: '&', fields: [sub(p.inner)] });
    case 'or':
      return wrapDerefs({ kind: 'or', alts: p.alts.map(sub) });
    case 'slice': {
      const rest = p.elems.findIndex(isRest);
      if (rest < 0) return wrapDerefs({ kind: 'slice', before: p.elems.map(sub), after: [], variable: false });
      return wrapDerefs({ kind: 'slice', before: p.elems.slice(0, rest).map(sub), after: p.elems.slice(rest + 1).map(sub), variable: true });
    }
  }
}

/** `..` or `name @ ..` in a slice or tuple pattern. */
function isRest(p: Pattern): boolean {
  return p.kind === 'rest' || (p.kind === 'binding' && p.subpattern?.kind === 'rest');
}

function expandRest(elems: readonly Pattern[], arity: number, sub: (p: Pattern) => Pat): Pat[] {
  const rest = elems.findIndex(isRest);
  if (rest < 0) return elems.map(sub);
  const before = elems.slice(0, rest).map(sub);
  const after = elems.slice(rest + 1).map(sub);
  return [...before, ...Array.from({ length: arity - before.length - after.length }, () => WILD), ...after];
}

function column(ctx: TypeContext, ty: Ty): Column {
  switch (ty.k) {
    case 'bool':
      return { ctors: [{ name: 'false', fields: [], show: () => 'false' }, { name: 'true', fields: [], show: () => 'true' }] };
    case 'tuple':
      return { ctors: [{ name: 'tuple', fields: ty.elems, show: (f) => (f.length === 1 ? `(${f[0]},)` : `(${f.join(', ')})`) }] };
    case 'ref':
      return { ctors: [{ name: '&', fields: [ty.inner], show: (f) => `&${f[0]}` }] };
    case 'array':
      // An array of a const generic length has no patterns but bindings and `_` (the checker
      // refuses slice patterns on it): its one constructor is never needed. Arrays of a known
      // length are split as slices are (`usefulForSlice`).
      return { ctors: null };
    case 'adt': {
      const def = ty.def;
      return {
        ctors: def.variants.map((v, i) => ({
          name: String(i),
          fields: variantTys(ty, i),
          show: (f: string[]) => {
            const name = def.kind === 'enum' && !def.std ? `${def.name}::${v.name}` : v.name;
            if (v.shape === 'unit') return name;
            if (v.shape === 'tuple') return `${name}(${f.join(', ')})`;
            return `${name} { ${v.fields.map((x, j) => `${x.name}: ${f[j]}`).join(', ')} }`;
          },
        })),
      };
    }
    case 'never':
      return { ctors: [] };
    default:
      void ctx;
      return { ctors: null };
  }
}

/**
 * Whether `tys.map(_)` is useful against the rows; returns a witness (one string per column) if so.
 * `atScrutinee`: the first column is the matched value itself, where rustc names a missing
 * constructor even when no row names any (below it, such a column's witness is `_`).
 */
function useful(ctx: TypeContext, rows: Pat[][], tys: readonly Ty[], atScrutinee: boolean): string[] | null {
  if (tys.length === 0) return rows.length === 0 ? [] : null;
  const expanded = rows.flatMap((r) => expandOr(r));
  const [ty, ...rest] = tys as [Ty, ...Ty[]];
  if (ty.k === 'slice') return usefulForSlice(ctx, expanded, ty.elem, rest, atScrutinee, undefined);
  if (ty.k === 'array' && typeof ty.len === 'number') return usefulForSlice(ctx, expanded, ty.elem, rest, atScrutinee, ty.len);
  const col = column(ctx, ty);
  if (col.ctors === null) {
    // Infinite type: only rows with a wildcard here matter.
    const defaults = expanded.filter((r) => r[0]!.kind === 'wild').map((r) => r.slice(1));
    const w = useful(ctx, defaults, rest, false);
    return w ? ['_', ...w] : null;
  }
  const used = new Set(expanded.map((r) => r[0]!).filter((p): p is Pat & { kind: 'ctor' } => p.kind === 'ctor').map((p) => p.ctor));
  const missing = col.ctors.filter((c) => !used.has(c.name));
  if (missing.length > 0 && col.ctors.length > 0) {
    // Some constructor no row names: the rows with a wildcard must cover the rest.
    const defaults = expanded.filter((r) => r[0]!.kind === 'wild').map((r) => r.slice(1));
    const w = useful(ctx, defaults, rest, false);
    if (w) {
      const c = missing[0]!;
      if (used.size === 0 && !atScrutinee) return ['_', ...w];
      return [c.show(c.fields.map(() => '_')), ...w];
    }
    if (used.size === 0) return null;
  }
  for (const c of col.ctors) {
    const specialized: Pat[][] = [];
    for (const r of expanded) {
      const head = r[0]!;
      if (head.kind === 'wild') specialized.push([...c.fields.map(() => WILD), ...r.slice(1)]);
      else if (head.kind === 'ctor' && head.ctor === c.name) specialized.push([...head.fields, ...r.slice(1)]);
    }
    const w = useful(ctx, specialized, [...c.fields, ...rest], false);
    if (w) return [c.show(w.slice(0, c.fields.length)), ...w.slice(c.fields.length)];
  }
  return null;
}

/** One constructor of a slice's or array's column: `arity` elements, all of them (a fixed
 *  length) or the first `arity - suffix` and the last `suffix` of any longer one (`variable`). */
interface SliceCtor {
  readonly arity: number;
  readonly variable: boolean;
  readonly suffix: number;
}

/**
 * A slice's or an array's column, split by length as rustc's pattern analysis does: the longest
 * prefix and suffix the variable patterns name, and the longest fixed pattern plus one, give the
 * arity of "at least that long" (longer values differ only in middle elements no pattern looks at);
 * a slice also has a constructor for every shorter length, an array only its own length, which is
 * that arity's variable constructor when the array is longer (so a `[x, .., y]` on an array of
 * 2^31 elements looks at two, never at every element).
 */
function usefulForSlice(ctx: TypeContext, rows: Pat[][], elem: Ty, rest: readonly Ty[], atScrutinee: boolean, arrayLen: number | undefined): string[] | null {
  const heads = rows.map((r) => r[0]!).filter((p): p is Pat & { kind: 'slice' } => p.kind === 'slice');
  if (heads.length === 0 && !atScrutinee) {
    const defaults = rows.filter((r) => r[0]!.kind === 'wild').map((r) => r.slice(1));
    const w = useful(ctx, defaults, rest, false);
    return w ? ['_', ...w] : null;
  }
  let longestFixed = 0;
  let prefix = 0;
  let suffix = 0;
  for (const p of heads) {
    if (!p.variable) longestFixed = Math.max(longestFixed, p.before.length);
    else {
      prefix = Math.max(prefix, p.before.length);
      suffix = Math.max(suffix, p.after.length);
    }
  }
  if (longestFixed + 1 >= prefix + suffix) prefix = longestFixed + 1 - suffix;
  const arity = prefix + suffix;
  const ctors: SliceCtor[] =
    arrayLen === undefined
      ? [...Array.from({ length: arity }, (_, len) => ({ arity: len, variable: false, suffix: 0 })), { arity, variable: true, suffix }]
      : [arity >= arrayLen ? { arity: arrayLen, variable: false, suffix: 0 } : { arity, variable: true, suffix }];
  for (const c of ctors) {
    const specialized: Pat[][] = [];
    for (const r of rows) {
      const head = r[0]!;
      const tail = r.slice(1);
      if (head.kind === 'wild') specialized.push([...wilds(c.arity), ...tail]);
      else if (head.kind === 'slice' && !head.variable && !c.variable && head.before.length === c.arity) specialized.push([...head.before, ...tail]);
      else if (head.kind === 'slice' && head.variable && head.before.length + head.after.length <= c.arity) {
        specialized.push([...head.before, ...wilds(c.arity - head.before.length - head.after.length), ...head.after, ...tail]);
      }
    }
    const w = useful(ctx, specialized, [...Array.from({ length: c.arity }, () => elem), ...rest], false);
    if (w) return [showSlice(w.slice(0, c.arity), c, arrayLen !== undefined), ...w.slice(c.arity)];
  }
  return null;
}

/** A slice constructor's witness as rustc prints it: an array's `[x, _, .., _, y]` as `[x, .., y]`
 *  (its length is known, so the wildcards next to `..` say nothing). */
function showSlice(elems: string[], c: SliceCtor, isArray: boolean): string {
  if (!c.variable) return `[${elems.join(', ')}]`;
  const before = elems.slice(0, c.arity - c.suffix);
  let after = elems.slice(c.arity - c.suffix);
  if (isArray) {
    while (before.length > 0 && before[before.length - 1] === '_') before.pop();
    while (after.length > 0 && after[0] === '_') after = after.slice(1);
  }
  return `[${[...before, '..', ...after].join(', ')}]`;
}

function wilds(count: number): Pat[] {
  return Array.from({ length: count }, () => WILD);
}

function expandOr(row: Pat[]): Pat[][] {
  const head = row[0];
  if (!head || head.kind !== 'or') return [row];
  return head.alts.flatMap((alt) => expandOr([alt, ...row.slice(1)]));
}
